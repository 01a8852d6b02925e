import type { RepoBase } from './repo-base';

/** Undo: putting back what a one-click action changed (a deleted ticket, a status, a pack link). */
export function createRestoreRepo(_base: RepoBase) {
  return {};
}
