/**
 * The manifests an LMS reads on import: `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 (4th
 * edition), `cmi5.xml` for cmi5. One SCO (or assignable unit) per scenario, each launching the game
 * straight into that scenario, so the LMS can assign, track and report each one.
 */
import type { Language, Text } from '../engine/index.ts';

export const FORMATS = ['cmi5', 'scorm2004', 'scorm12'] as const;
export type LmsFormat = (typeof FORMATS)[number];

/** What a manifest says about one scenario. */
export interface ManifestScenario {
  readonly id: string;
  readonly title: Text;
  readonly brief: Text;
  readonly source: Language;
}

export interface ManifestInput {
  /** A stable identifier for the course (the same scenarios give the same one). */
  readonly courseId: string;
  readonly scenarios: readonly ManifestScenario[];
  /** Every file in the package but the manifest, as paths relative to its root. */
  readonly files: readonly string[];
  /** The share of the best path's total that passes (0–1). */
  readonly mastery: number;
}

/** The page each SCO or unit opens: the game, told which standard and which scenario. */
export function launchUrl(format: LmsFormat, scenarioId: string): string {
  return `index.html?lms=${format}&scenario=${encodeURIComponent(scenarioId)}`;
}

/** The manifest's file name and text for `format`. */
export function manifestFor(format: LmsFormat, input: ManifestInput): { name: string; text: string } {
  if (format === 'cmi5') return { name: 'cmi5.xml', text: cmi5Xml(input) };
  return { name: 'imsmanifest.xml', text: format === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input) };
}

/**
 * SCORM 1.2: the IMS CP 1.1.2 and ADL CP namespaces, `ADL SCORM` 1.2, one SCO resource per
 * scenario sharing one asset resource with every file. No mastery score: a 1.2 LMS would judge
 * the status itself from it; the game sets passed or failed.
 */
export function scorm12Manifest(m: ManifestInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(manifestId(m))}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="hot-seat">
    <organization identifier="hot-seat">
      <title>Hot Seat</title>
${m.scenarios
  .map(
    (s) => `      <item identifier="item-${xml(s.id)}" identifierref="sco-${xml(s.id)}" isvisible="true">
        <title>${xml(titleOf(s))}</title>
      </item>`,
  )
  .join('\n')}
    </organization>
  </organizations>
${resourcesXml(m, 'scorm12', 'scormtype')}
</manifest>
`;
}

/**
 * SCORM 2004 4th edition: IMS CP 1.1 with the ADL CP, sequencing and navigation namespaces; each
 * item's primary objective is satisfied by measure at the mastery share, so the LMS judges
 * success from `cmi.score.scaled` as the game does.
 */
export function scorm2004Manifest(m: ManifestInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(manifestId(m))}" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="hot-seat">
    <organization identifier="hot-seat">
      <title>Hot Seat</title>
${m.scenarios
  .map(
    (s) => `      <item identifier="item-${xml(s.id)}" identifierref="sco-${xml(s.id)}">
        <title>${xml(titleOf(s))}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${m.mastery}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>`,
  )
  .join('\n')}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
${resourcesXml(m, 'scorm2004', 'scormType')}
</manifest>
`;
}

/**
 * cmi5 (Quartz): one assignable unit per scenario, moving on when completed and passed at the
 * mastery share, with its title and brief in every language the scenario has.
 */
export function cmi5Xml(m: ManifestInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(m.courseId)}">
    <title><langstring lang="en">Hot Seat</langstring></title>
    <description><langstring lang="en">Practise handling upset customers on the phone, by e-mail, in chat and at the counter.</langstring></description>
  </course>
${m.scenarios
  .map(
    (s) => `  <au id="${xml(auId(s.id))}" moveOn="CompletedAndPassed" masteryScore="${m.mastery}" launchMethod="AnyWindow">
    <title>${langstrings(s.title)}</title>
    <description>${langstrings(s.brief)}</description>
    <url>${xml(launchUrl('cmi5', s.id))}</url>
  </au>`,
  )
  .join('\n')}
</courseStructure>
`;
}

/** The assignable unit id of a scenario: the same in every package, so an LMS sees the same unit. */
export function auId(scenarioId: string): string {
  return `urn:hot-seat:scenario:${scenarioId}`;
}

function manifestId(m: ManifestInput): string {
  return m.courseId.replace(/^urn:/, '').replace(/[^A-Za-z0-9_.-]/g, '-');
}

function titleOf(s: ManifestScenario): string {
  return s.title[s.source] ?? s.id;
}

function langstrings(t: Text): string {
  return Object.entries(t)
    .map(([lang, text]) => `<langstring lang="${xml(lang)}">${xml(text ?? '')}</langstring>`)
    .join('');
}

function fileList(files: readonly string[]): string {
  return files.map((f) => `      <file href="${xml(f.split('/').map(encodeURIComponent).join('/'))}"/>`).join('\n');
}

/** Text safe in XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * The SCORM manifests' resources: one SCO per scenario, launched at its own address, and the
 * game's files as one shared asset. SCORM 1.2 spells the attribute `scormtype`, 2004 `scormType`.
 */
function resourcesXml(m: ManifestInput, format: 'scorm12' | 'scorm2004', typeAttr: 'scormtype' | 'scormType'): string {
  const scos = m.scenarios
    .map(
      (s) => `    <resource identifier="sco-${xml(s.id)}" type="webcontent" adlcp:${typeAttr}="sco" href="${xml(launchUrl(format, s.id))}">
      <file href="index.html"/>
      <dependency identifierref="game"/>
    </resource>`,
    )
    .join('\n');
  return `  <resources>
${scos}
    <resource identifier="game" type="webcontent" adlcp:${typeAttr}="asset">
${fileList(m.files)}
    </resource>
  </resources>`;
}
