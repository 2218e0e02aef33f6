// Placeholder until the places module lands: builds nothing yet.
export {};
