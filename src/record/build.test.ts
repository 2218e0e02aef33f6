import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoQuad, quadOf } from './build.js';

test('CAMEO quad classes in the five-way convention: statements 0, reducing relations verbal conflict; PLOVER keeps SANCTION material', () => {
  assert.equal(cameoQuad('010'), 0);
  assert.equal(cameoQuad('015'), 0);
  assert.equal(cameoQuad('036'), 1);
  assert.equal(cameoQuad('0871'), 2);
  assert.equal(cameoQuad('112'), 3);
  assert.equal(cameoQuad('138'), 3);
  assert.equal(cameoQuad('141'), 4);
  assert.equal(cameoQuad('154'), 4);
  // sanctions, aid suspended, diplomats expelled: verbal conflict as the Phoenix and ConfliBERT coders class them
  assert.equal(cameoQuad('163'), 3);
  assert.equal(cameoQuad('1662'), 3);
  assert.equal(cameoQuad('173'), 4);
  assert.equal(cameoQuad('190'), 4);
  assert.equal(quadOf('SANCTION'), 4);
});
