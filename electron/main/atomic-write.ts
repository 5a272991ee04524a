// The main process writes through the one atomic writer it shares with the
// CLI (electron/io/atomic-write.ts); this module keeps the old import path.
export {
  TEMP_SUFFIX,
  backupFile,
  backupPathFor,
  isTempFile,
  tempPathFor,
  writeFileAtomic,
  writeFileAtomicSync,
  type WriteOptions,
} from '../io/atomic-write';
