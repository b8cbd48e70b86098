// Types for what the architecture tests read from eslint.config.js (the floors and their lint blocks).
import type { Linter } from 'eslint';

export const RENDERER_FLOORS: string[];
export function floorsAbove(room: string): string[];
export const floorRules: Linter.Config[];
declare const config: Linter.Config[];
export default config;
