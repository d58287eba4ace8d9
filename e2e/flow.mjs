// Sanctum end to end, in a real browser: Debian's chromium driven by playwright-core.
//
// Starts the real `sanctum` binary on a fresh vault (init, a therapist added at the
// command line), then, as that therapist: first sign-in → set up the authenticator
// (the code computed here from the key the page shows) → sign out → sign in with a
// code → add a client → schedule a session today → open the chart from today's
// schedule → write a SOAP note → sign it → amend it → assign homework → enter a PHQ-9
// → see the chart update; then the confidentiality protocols: a concern raised in a
// group lands on the client's next individual session (not the group's) and is closed
// there; a case presentation naming a nickname and an employer is de-identified by the
// guard and a colleague at the meeting sees only the pseudonyms. A screenshot of every
// step is saved under $ARTIFACTS. (Sessions are put late today in the practice's time
// zone, which is chosen so that it is about ten in the morning there when the run starts.)
//
//   SANCTUM_BIN=target/release/sanctum node e2e/flow.mjs
import { spawn, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const bin = resolve(process.env.SANCTUM_BIN ?? 'target/release/sanctum');
const artifacts = resolve(process.env.ARTIFACTS ?? 'target/e2e');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(artifacts, { recursive: true });

/**
 * A fixed-offset IANA zone in which it is now about 10:00, so that the sessions the flow
 * schedules "late today" (23:00 and after) are always still ahead, whenever it runs.
 * (`Etc/GMT+N` is N hours behind UTC: the sign is the POSIX one.)
 */
function morningZone() {
  let behind = new Date().getUTCHours() - 10;
  if (behind > 12) behind -= 24;
  if (behind === 0) return 'Etc/UTC';
  return behind > 0 ? `Etc/GMT+${behind}` : `Etc/GMT${behind}`;
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) of a base32 secret at `seconds`. */
function totp(base32, seconds) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer at ${url}`);
}

let step = 0;
async function shot(page, name) {
  step += 1;
  await page.screenshot({ path: join(artifacts, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
}

function expect(cond, what) {
  if (!cond) throw new Error(`expected ${what}`);
}

/** The first sign-in's forced step: the password the administrator handed over is replaced. */
async function replacePassword(page, handedOver, mine) {
  await page.waitForURL('**/account/password');
  await page.getByLabel('Current password').fill(handedOver);
  await page.getByLabel('New password').fill(mine);
  await page.getByLabel('Type the new one again').fill(mine);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Opens the first <details> whose summary says `text`, unless it is open already. */
async function openDetails(page, text) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: text }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** Adds a client through the form; returns the chart's URL. */
async function addClient(page, base, given, family, extra = {}) {
  await page.goto(`${base}/clients/new`);
  await page.getByLabel('Given name').fill(given);
  await page.getByLabel('Family name').fill(family);
  for (const [label, value] of Object.entries(extra)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.waitForURL('**/clients/*');
  return page.url();
}

/** Records the current group confidentiality agreement on a chart. */
async function signGroupAgreement(page, chartUrl) {
  await page.goto(chartUrl);
  await openDetails(page, 'Record a consent');
  await page.getByLabel('Consent to').selectOption('group-confidentiality');
  await page.getByLabel('Form version').fill('2026-01');
  await page.getByRole('button', { name: 'Record consent' }).click();
  await page.waitForURL(`${chartUrl}**`);
}

/**
 * The confidentiality protocols: a concern raised in a group goes on the agenda of the
 * client's next individual session (not the group's) and is discussed and closed there;
 * a case presentation is de-identified by the guard before a colleague sees it.
 */
async function protocols(page, base, immyChart) {
  const tobiasChart = await addClient(page, base, 'Tobias', 'Renner');
  await signGroupAgreement(page, immyChart);
  await signGroupAgreement(page, tobiasChart);

  // A group with both, meeting tonight; Immy's next individual session is later tonight.
  await page.getByRole('link', { name: 'Groups' }).click();
  await page.locator('summary', { hasText: 'New group' }).click();
  await page.getByLabel('Name').fill('Harbour Circle');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.waitForURL('**/groups/*');
  const groupUrl = page.url();
  for (const name of ['Immy Threlkeld', 'Tobias Renner']) {
    await page.getByLabel('Add a client from your caseload').selectOption({ label: name });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.waitForURL(groupUrl);
  }
  await page.locator('summary', { hasText: 'Schedule a group session' }).click();
  await page.getByLabel('Start').fill('23:00');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.waitForURL(groupUrl);
  await page.goto(`${base}/`);
  await page.locator('summary', { hasText: 'Schedule a session' }).first().click();
  await page.locator('#new-client').selectOption({ label: 'Immy Threlkeld' });
  await page.locator('#new-time').fill('23:50');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.waitForURL(`${base}/`);

  // During the group: Tobias may have repeated what Immy said there.
  const groupSlot = page.locator('.slot', { hasText: 'Harbour Circle' });
  await groupSlot.getByRole('link', { name: 'Record a concern' }).click();
  await page.waitForURL('**/incidents/new**');
  await page.getByLabel('Whose information may have been shared').selectOption({ label: 'Immy Threlkeld' });
  await page.getByLabel('Who is suspected of sharing it').selectOption({ label: 'Tobias Renner' });
  await page.getByLabel('For Immy Threlkeld').fill('You told me something you shared in group was repeated to a coworker.');
  await page.getByLabel('For Tobias Renner').fill('A concern was raised that something said in group was repeated outside it.');
  await shot(page, 'concern');
  await page.getByRole('button', { name: 'Record the concern' }).click();
  await page.waitForURL(`${base}/**`);
  await page.goto(`${base}/`);
  await shot(page, 'today-with-agenda');
  const groupSlotText = await page.locator('.slot', { hasText: 'Harbour Circle' }).innerText();
  expect(!/to discuss/i.test(groupSlotText), "the group's slot to show no individual's concern");
  const immySlot = page.locator('.slot', { hasText: 'Immy Threlkeld' }).filter({ hasText: '23:50' });
  expect(/concern to discuss/i.test(await immySlot.innerText()), "the concern on Immy's next session");
  expect(await page.getByRole('heading', { name: 'Needs a session' }).isVisible(), 'Tobias, with no session, to need one');

  // In Immy's session: talk it through, close it.
  await immySlot.getByRole('link', { name: 'Agenda' }).click();
  await page.waitForURL('**/agenda');
  await openDetails(page, 'Discuss');
  await page.getByLabel("The client's account").fill('Felt exposed; wants the group agreement revisited.');
  await page.getByLabel('Agreed steps').fill('Revisit the group agreement at the next group session.');
  await shot(page, 'agenda');
  await page.getByRole('button', { name: 'Record the discussion' }).click();
  await page.waitForLoadState();
  await page.goto(`${base}/`);
  const after = await page.locator('.slot', { hasText: 'Immy Threlkeld' }).filter({ hasText: '23:50' }).innerText();
  expect(!/to discuss/i.test(after), 'the closed concern to leave the agenda');

  // A team meeting with sam, and a case presentation the guard de-identifies.
  await page.getByRole('link', { name: 'Team meetings' }).click();
  await openDetails(page, 'New team meeting');
  await page.locator('#meeting-time').fill('23:55');
  await page.getByLabel('sam', { exact: false }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.waitForLoadState();
  await page.goto(immyChart);
  await page.getByRole('link', { name: 'Draft case presentation' }).click();
  await page.getByLabel('Presentation').fill(
    'Immy, who bakes at Harbourside Bakery, felt exposed after a group member repeated her story to a coworker.');
  await page.getByRole('button', { name: 'Check and de-identify' }).click();
  await page.waitForLoadState();
  await shot(page, 'presentation-review');
  await page.getByRole('button', { name: 'Add to meeting' }).click();
  await page.waitForLoadState();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}

const dir = mkdtempSync(join(tmpdir(), 'sanctum-e2e-'));
let server;
let browser;
let page;
try {
  const vault = join(dir, 'vault');
  const key = join(dir, 'key.txt');
  execFileSync(bin, ['init', '--vault', vault, '--new-key-file', key], { stdio: 'pipe' });
  const added = execFileSync(bin, ['user', 'add', 'dana', '--role', 'therapist', '--vault', vault, '--key-file', key]).toString();
  const password = added.match(/\): (\S+)/)[1];
  const samAdded = execFileSync(bin, ['user', 'add', 'sam', '--role', 'therapist', '--vault', vault, '--key-file', key]).toString();
  const samPassword = samAdded.match(/\): (\S+)/)[1];

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--vault', vault, '--key-file', key], {
    // Two staff sign in from this one address within a minute: more than the default
    // throttle (5 a minute per address) allows, as an office behind one NAT would.
    env: {
      ...process.env,
      SANCTUM_LISTEN: `127.0.0.1:${port}`,
      SANCTUM_SECURE_COOKIES: 'false',
      SANCTUM_SIGN_IN_PER_MINUTE: '30',
      SANCTUM_LOG: 'warn',
      SANCTUM_TIME_ZONE: morningZone(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`${base}/sign-in`);

  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') console.error('browser console:', m.text()); });

  // First sign-in: the password, then setting up the second factor.
  await page.goto(`${base}/`);
  expect(page.url().endsWith('/sign-in'), 'a signed-out visit to land on the sign-in page');
  await shot(page, 'sign-in');
  await page.getByLabel('User name').fill('dana');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await shot(page, 'new-password');
  const danaPassword = 'a long passphrase of dana';
  await replacePassword(page, password, danaPassword);
  await page.waitForURL('**/account/second-factor');
  await shot(page, 'enrol');
  const secret = (await page.locator('code.secret').textContent()).trim();
  const enrolledAt = Date.now() / 1000;
  await page.getByLabel('Code from the app').fill(totp(secret, enrolledAt));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.waitForURL('**/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');

  // Sign in with the code (the next step's: the current one was spent enrolling).
  await page.getByLabel('User name').fill('dana');
  await page.getByLabel('Password').fill(danaPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/sign-in/code');
  await shot(page, 'code');
  await page.getByLabel('Code').fill(totp(secret, enrolledAt + 30));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${base}/`);
  expect(await page.getByRole('heading', { name: 'Today' }).isVisible(), "today's schedule");

  // A new client, then a session with them later today.
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByLabel('Given name').fill('Imogen');
  await page.getByLabel('Family name').fill('Threlkeld');
  await page.getByLabel('Goes by').fill('Immy');
  await page.getByLabel('Employer').fill('Harbourside Bakery');
  await shot(page, 'new-client');
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.waitForURL('**/clients/*');
  await page.getByRole('link', { name: 'Today' }).click();
  await page.locator('summary', { hasText: 'Schedule a session' }).click();
  await page.locator('#new-client').selectOption({ label: 'Immy Threlkeld' });
  await page.locator('#new-time').fill('23:30');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.waitForURL(`${base}/`);
  await shot(page, 'today');
  await page.getByRole('link', { name: 'Immy Threlkeld' }).first().click();
  await page.waitForURL('**/clients/*');
  expect(await page.getByRole('heading', { name: 'Immy Threlkeld' }).isVisible(), 'the chart to open');
  const chartUrl = page.url();

  // The session is held: mark it, then write its SOAP note from the chart and sign it.
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Held' }).click();
  await page.waitForURL(`${base}/`);
  await page.goto(chartUrl);
  await page.getByRole('link', { name: 'Write note' }).click();
  await page.waitForURL('**/notes/new**');
  await page.getByLabel('Subjective').fill('Reports sleeping better since the last session; still anxious before work.');
  await page.getByLabel('Objective').fill('Calm, good eye contact, on time.');
  await page.getByLabel('Assessment').fill('Anxiety easing; avoidance at work persists.');
  await page.getByLabel('Plan').fill('Graded exposure: one team meeting this week.');
  await shot(page, 'note-editor');
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await page.waitForURL(`${chartUrl}**`);
  expect(await page.getByText('Signed', { exact: false }).first().isVisible(), 'the note to show as signed');

  // A signed note is only amended, with a reason, beside the original.
  await page.locator('summary', { hasText: 'Amend' }).first().click();
  await page.getByLabel('Reason for the amendment').fill('Wrong exposure target recorded');
  await page.getByLabel('Correction').fill('The exposure target is one lunch with colleagues, not a team meeting.');
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await page.waitForURL(`${chartUrl}**`);
  expect(await page.getByText('Wrong exposure target recorded').isVisible(), 'the amendment beside the note');
  expect(await page.getByText('Graded exposure: one team meeting this week.').isVisible(), 'the original kept');

  // Homework from the session.
  await page.locator('summary', { hasText: 'Assign homework' }).click();
  await page.getByLabel('Task').fill('Write down three moments of calm each day.');
  await page.getByRole('button', { name: 'Assign' }).click();
  await page.waitForURL(`${chartUrl}**`);
  expect(await page.getByText('Write down three moments of calm each day.').isVisible(), 'the homework on the chart');
  await shot(page, 'chart');

  await protocols(page, base, chartUrl);

  // The colleague at the meeting sees the presentation only de-identified.
  await page.getByLabel('User name').fill('sam');
  await page.getByLabel('Password').fill(samPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await replacePassword(page, samPassword, 'a long passphrase of sam');
  await page.waitForURL('**/account/second-factor');
  const samSecret = (await page.locator('code.secret').textContent()).trim();
  await page.getByLabel('Code from the app').fill(totp(samSecret, Date.now() / 1000));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.waitForURL('**/account');
  await page.getByRole('link', { name: 'Team meetings' }).click();
  await page.locator('main a[href^="/meetings/"]').first().click();
  await page.waitForURL('**/meetings/*');
  await shot(page, 'meeting-as-colleague');
  const seen = await page.locator('main').innerText();
  expect(seen.includes('Client A'), 'the colleague to see the pseudonym');
  expect(!/Immy|Threlkeld|Harbourside/.test(seen), 'the colleague to see no name and no employer');

  console.log(`e2e: the flow passed; screenshots in ${artifacts}`);
} catch (e) {
  console.error(`e2e: FAILED: ${e.stack ?? e}`);
  await page?.screenshot({ path: join(artifacts, 'failure.png'), fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser?.close();
  server?.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}
