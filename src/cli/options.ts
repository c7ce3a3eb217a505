import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { OcrMode } from '../pipeline/document.js';

export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256');
  return n;
}

export function parseOcrMode(v: string): OcrMode {
  if (v !== 'auto' && v !== 'always' && v !== 'never') throw new InvalidArgumentError('must be auto, always or never');
  return v;
}

export function parseDpi(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 72 || n > 600) throw new InvalidArgumentError('must be a whole number from 72 to 600');
  return n;
}

export const collect = (v: string, prev: string[] = []) => [...prev, v];
export const defaultJobs = () => availableParallelism();
