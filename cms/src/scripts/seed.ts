import { getPayload } from 'payload';
import { env } from '../env.ts';
import { explainError } from '../errors/validationDetails.ts';
import config from '../payload.config.ts';
import { demoContent } from '../seed/demo-content/index.ts';
import { describeDemoLogin } from '../seed/demoAdmin.ts';
import { describeDemoStaff } from '../seed/demoStaff.ts';
import { demoStaffLoginFile, seedDemoContent } from '../seed/seedDemoContent.ts';

// pnpm --filter @infohub/cms seed — loads the demo content; running it again changes nothing.

const payload = await getPayload({ config });
try {
  const report = await seedDemoContent(payload, demoContent, {
    admin: { configuredPassword: env.demoPassword, loginFile: env.demoAdminLoginFile },
    log: (line) => console.log(line),
  });
  console.log('\nDemo content:');
  for (const [kind, { created, kept }] of Object.entries(report.documents))
    console.log(`  ${kind}: ${created} created, ${kept} already there`);
  console.log(`  site-settings.demoContent: ${report.demoFlag}`);
  console.log(`\n${describeDemoLogin(report.admin, env.demoAdminLoginFile)}`);
  const staff = describeDemoStaff(report.staff, demoStaffLoginFile(env.demoAdminLoginFile));
  if (staff) console.log(`\n${staff}`);
} catch (error) {
  // `payload run` prints a thrown error and exits with 1; this one carries every rejected field.
  throw new Error(`Seeding stopped: ${explainError(error)}`);
} finally {
  await payload.destroy();
}
