/** Contract of the `backup` domain: backing up and restoring the database. */
import * as z from 'zod';
import { empty, fileRef } from '../fields';
import { op } from '../op';

/** One backup file. */
export interface BackupInfo {
  /** Path of the backup (inside the backups folder). */
  file: string;
  size: number;
  /** ISO timestamp. */
  createdAt: string;
}

/** Operations of the backup domain. */
export const backupOps = {
  'backup.create': op<BackupInfo>()({ input: empty, label: 'Sao lưu dữ liệu' }),
  'backup.list': op<BackupInfo[]>()({ input: empty, label: 'Đọc danh sách bản sao lưu' }),
  'backup.restore': op<{ restored: boolean }>()({
    input: z.strictObject({ file: fileRef }),
    label: 'Khôi phục dữ liệu',
    paths: ['file'],
  }),
};
