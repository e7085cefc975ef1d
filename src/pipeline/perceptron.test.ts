import { describe, expect, it } from 'vitest';
import { argmax, PerceptronTrainer, scoreLabels } from './perceptron.js';

// A separable toy problem: the label is the colour word, whatever noise word comes with it.
const examples: [string[], number][] = [
  [['w=red', 'n=a'], 0],
  [['w=blue', 'n=b'], 1],
  [['w=green', 'n=c'], 2],
  [['w=red', 'n=c'], 0],
  [['w=blue', 'n=a'], 1],
  [['w=green', 'n=b'], 2],
];

function train(): PerceptronTrainer {
  const trainer = new PerceptronTrainer(['red', 'blue', 'green']);
  for (let epoch = 0; epoch < 10; epoch += 1) for (const [features, gold] of examples) trainer.learn(features, gold);
  return trainer;
}

describe('PerceptronTrainer', () => {
  it('learns a separable problem and the averaged model classifies every example', () => {
    const model = train().finish();
    for (const [features, gold] of examples) expect(argmax(scoreLabels(model, features))).toBe(gold);
    expect(model.labels).toEqual(['red', 'blue', 'green']);
  });

  it('is deterministic: the same examples in the same order give the same weights, byte for byte', () => {
    expect(JSON.stringify(train().finish())).toBe(JSON.stringify(train().finish()));
  });

  it('prunes small weights and features the keep filter rejects', () => {
    const full = train().finish();
    const pruned = train().finish({ minWeight: 0.5, keep: (feature) => feature.startsWith('w=') });
    expect(Object.keys(pruned.weights).every((feature) => feature.startsWith('w='))).toBe(true);
    expect(Object.values(pruned.weights).flat().filter((_, i) => i % 2 === 1).every((weight) => Math.abs(weight) > 0.5)).toBe(true);
    expect(Object.keys(full.weights).length).toBeGreaterThan(Object.keys(pruned.weights).length);
  });

  it('breaks ties towards the first label and ignores unknown features', () => {
    expect(argmax([1, 1, 0])).toBe(0);
    expect(scoreLabels({ labels: ['a', 'b'], weights: {} }, ['w=unseen'])).toEqual([0, 0]);
  });
});
