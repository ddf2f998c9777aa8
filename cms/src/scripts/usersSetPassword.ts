import { randomBytes } from 'node:crypto';
import { getPayload } from 'payload';
import { scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms users:set-password <e-mail>
// Gives an account a new random password and prints it once: how the first admin signs in again after a
// backup is restored (backups carry no passwords). That admin then sets or resets the others' in the admin.

const [email] = scriptArguments();
if (!email) throw new Error('usage: pnpm --filter @infohub/cms users:set-password <e-mail>');

const { default: config } = await import('../payload.config.ts');
const payload = await getPayload({ config });
try {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0 });
  const user = docs[0];
  if (!user) throw new Error(`No account has the e-mail ${email}.`);
  const password = randomBytes(18).toString('base64url');
  await payload.update({ collection: 'users', id: user.id, data: { password }, depth: 0 });
  // Clears a lock left by wrong passwords, so the new one works at once.
  await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 0, lockUntil: null } });
  console.log(`New password for ${user.email}: ${password}`);
  console.log('Give it to them in person or over a private channel; they can change it under Account in the admin.');
} finally {
  await payload.destroy();
}
