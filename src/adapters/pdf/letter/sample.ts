/**
 * Realistic letters of every form, for the renderer's tests, golden images and benchmark. The names,
 * numbers and addresses are invented. The images (a stand-in emblem, a signature and a seal) are drawn
 * pixel by pixel, so they are the same on every machine.
 */
import sharp from 'sharp';
import type { LetterForm, LetterRenderModel } from '../../../domain/outgoing/render-port.ts';

/** A line with every hard case of Thai mark placement; it must extract exactly as typed. */
export const THAI_STRESS_LINE = 'ปี่ ป่า ฝั่ง ฟ้า ปั้น ญุ ฐุ ฎุ ฏุ น้ำ ที่นั่ง ฤๅษี';

const AGENCY = 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน';

/** Body sentences used to make long letters (one per filler paragraph, in turn). */
const FILLER = [
  'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้ดำเนินการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ให้หน่วยงานในสังกัดใช้รับส่งหนังสือราชการ ตั้งแต่การลงทะเบียนรับ การเสนอแฟ้ม การสั่งการ ไปจนถึงการจัดเก็บ เพื่อลดการใช้กระดาษและลดระยะเวลาในการปฏิบัติงาน',
  'เพื่อให้การดำเนินงานเป็นไปตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖ และที่แก้ไขเพิ่มเติม ขอให้หน่วยงานตรวจสอบข้อมูลผู้ใช้งาน กำหนดสิทธิ์การเข้าถึงหนังสือตามชั้นความลับ และแต่งตั้งผู้รับผิดชอบประจำหน่วยงานอย่างน้อยหน่วยงานละ ๒ คน',
  'ทั้งนี้ หน่วยงานใดมีปัญหาในการใช้งาน สามารถติดต่อสอบถามได้ที่กลุ่มระบบสารสนเทศ สำนักเทคโนโลยีเพื่อการเรียนการสอน ในวันและเวลาราชการ หรือแจ้งผ่านระบบแจ้งปัญหาการใช้งานซึ่งจะมีเจ้าหน้าที่ติดตามและแจ้งผลการแก้ไขภายใน ๓ วันทำการ',
  'อนึ่ง การรับส่งหนังสือราชการทางระบบสารบรรณอิเล็กทรอนิกส์ถือเป็นการรับส่งหนังสือราชการโดยชอบตามระเบียบ และให้ถือวันและเวลาที่ระบบบันทึกการรับหนังสือเป็นวันและเวลาที่ได้รับหนังสือ จึงขอให้เจ้าหน้าที่ตรวจสอบหนังสือเข้าในระบบทุกวันทำการ',
];

export interface SampleOptions {
  /** Filler paragraphs added after the letter's own (to make it longer). */
  extraParagraphs?: number;
  /** Adds {@link THAI_STRESS_LINE} as a paragraph of its own. */
  stress?: boolean;
  urgencyMark?: string;
  secrecyMark?: string;
  draftMark?: string;
  /** The stand-ins from {@link sampleImages}; without them, placeholders and a blank signature space. */
  images?: SampleImages | null;
}

export interface SampleImages {
  emblem: Uint8Array;
  signature: Uint8Array;
  seal: Uint8Array;
}

/** A letter of the given form, complete with every field the form prints. */
export function sampleLetter(form: LetterForm, opts: SampleOptions = {}): LetterRenderModel {
  const images = opts.images ?? null;
  const base = BASES[form];
  const paragraphs = [...base.paragraphs];
  const closingAt = paragraphs.length - (base.keepLast ?? 1);
  const extra: string[] = [];
  if (opts.stress) extra.push(THAI_STRESS_LINE);
  for (let i = 0; i < (opts.extraParagraphs ?? 0); i++) extra.push(FILLER[i % FILLER.length]!);
  paragraphs.splice(closingAt, 0, ...extra);
  const signer = base.signer;
  return {
    form,
    emblem: images?.emblem ?? null,
    urgencyMark: opts.urgencyMark ?? '',
    secrecyMark: opts.secrecyMark ?? '',
    numberLine: base.numberLine,
    dateLine: base.dateLine,
    agencyName: AGENCY,
    agencyAddress: ['ถนนราชดำเนินนอก เขตดุสิต', 'กรุงเทพมหานคร ๑๐๓๐๐'],
    headingUnit: base.headingUnit ?? '',
    subject: base.subject,
    salutationLine: base.salutationLine ?? '',
    references: base.references ?? [],
    enclosures: base.enclosures ?? [],
    paragraphs,
    closing: form === 'external' ? 'ขอแสดงความนับถือ' : '',
    signature: signer ? { image: images?.signature ?? null, ...signer } : null,
    seal: form === 'stamped' ? (images?.seal ?? null) : null,
    ownerUnit: form === 'external' || form === 'stamped' ? 'สำนักเทคโนโลยีเพื่อการเรียนการสอน' : '',
    contactLines:
      form === 'external' || form === 'stamped'
        ? ['โทร. ๐ ๒๒๘๘ ๕๕๕๕ ต่อ ๑๒๓', 'โทรสาร ๐ ๒๒๘๘ ๕๕๕๖', 'ไปรษณีย์อิเล็กทรอนิกส์ saraban@example.go.th']
        : [],
    copiesTo: base.copiesTo ?? [],
    draftMark: opts.draftMark ?? '',
    title: base.subject,
    author: AGENCY,
    metadataXml: metadataXml(base.numberLine, base.subject),
  };
}

interface Base {
  numberLine: string;
  dateLine: string;
  subject: string;
  headingUnit?: string;
  salutationLine?: string;
  references?: string[];
  enclosures?: string[];
  copiesTo?: string[];
  paragraphs: string[];
  /** How many paragraphs end the letter (filler goes before them). */
  keepLast?: number;
  signer: { name: string; position: string; capacity: string } | null;
}

const BASES: Record<LetterForm, Base> = {
  external: {
    numberLine: 'ที่ ศธ ๐๔๐๐๑/๑๒๓',
    dateLine: '๑๔ มิถุนายน ๒๕๖๙',
    subject: 'ขอเชิญประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์',
    salutationLine: 'เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑',
    references: ['หนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ที่ ศธ ๐๔๐๐๑/ว ๙๘ ลงวันที่ ๒ พ.ค. ๒๕๖๙'],
    enclosures: ['กำหนดการประชุม จำนวน ๑ ฉบับ', 'แบบตอบรับการเข้าร่วมประชุม จำนวน ๑ ฉบับ'],
    copiesTo: ['ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงใหม่'],
    paragraphs: [
      'ตามหนังสือที่อ้างถึง สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้แจ้งแนวทางการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ของหน่วยงานในสังกัด เพื่อให้การรับส่งหนังสือราชการเป็นไปอย่างรวดเร็ว ถูกต้อง และตรวจสอบได้ ความละเอียดแจ้งแล้ว นั้น',
      'ในการนี้ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานจะจัดประชุมคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ ในวันพฤหัสบดีที่ ๒๕ มิถุนายน ๒๕๖๙ เวลา ๐๙.๐๐ – ๑๖.๓๐ น. ณ ห้องประชุม สพฐ. ๑ อาคาร สพฐ. ๕ จึงขอเชิญท่านหรือผู้แทนเข้าร่วมประชุม และขอให้ส่งแบบตอบรับภายในวันที่ ๒๐ มิถุนายน ๒๕๖๙',
      'จึงเรียนมาเพื่อโปรดพิจารณา',
    ],
    signer: {
      name: 'นายสมชาย ใจดี',
      position: 'รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน',
      capacity: 'ปฏิบัติราชการแทนเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน',
    },
  },
  memo: {
    numberLine: 'ที่ ศธ ๐๔๐๐๑.๑๒/๔๕๖',
    dateLine: '๑๔ มิถุนายน ๒๕๖๙',
    headingUnit: 'กลุ่มระบบสารสนเทศ สำนักเทคโนโลยีเพื่อการเรียนการสอน โทร. ๐ ๒๒๘๘ ๕๕๕๕',
    subject: 'ขออนุมัติจัดซื้อเครื่องคอมพิวเตอร์สำหรับระบบสารบรรณอิเล็กทรอนิกส์',
    salutationLine: 'เรียน ผู้อำนวยการสำนักเทคโนโลยีเพื่อการเรียนการสอน',
    paragraphs: [
      'ด้วยกลุ่มระบบสารสนเทศมีความจำเป็นต้องจัดซื้อเครื่องคอมพิวเตอร์แม่ข่ายจำนวน ๒ เครื่อง เพื่อใช้ติดตั้งระบบสารบรรณอิเล็กทรอนิกส์ของสำนักงาน แทนเครื่องเดิมซึ่งใช้งานมาแล้วเกิน ๗ ปี และไม่สามารถรองรับปริมาณหนังสือที่เพิ่มขึ้นได้',
      'กลุ่มระบบสารสนเทศได้ตรวจสอบแล้ว มีงบประมาณเหลือจ่ายในแผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์ จำนวน ๑๘๐,๐๐๐ บาท (หนึ่งแสนแปดหมื่นบาทถ้วน) เพียงพอสำหรับการจัดซื้อครั้งนี้',
      'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ',
    ],
    signer: { name: 'นางสาวสุดารัตน์ มั่นคง', position: 'นักวิชาการคอมพิวเตอร์ชำนาญการ', capacity: '' },
  },
  stamped: {
    numberLine: 'ที่ ศธ ๐๔๐๐๑/ว ๑๒๔',
    dateLine: '๑๕ มิถุนายน ๒๕๖๙',
    subject: 'ส่งสำเนาคู่มือการใช้งานระบบสารบรรณอิเล็กทรอนิกส์',
    salutationLine: 'ถึง สำนักงานเขตพื้นที่การศึกษาทุกเขต',
    enclosures: ['สำเนาคู่มือการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ จำนวน ๑ เล่ม'],
    paragraphs: [
      'ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้จัดทำคู่มือการใช้งานระบบสารบรรณอิเล็กทรอนิกส์สำหรับเจ้าหน้าที่ธุรการของหน่วยงานในสังกัดเสร็จเรียบร้อยแล้ว จึงขอส่งสำเนาคู่มือดังกล่าวมาเพื่อทราบและใช้ประโยชน์ต่อไป รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย',
    ],
    signer: null,
  },
  order: {
    numberLine: 'ที่ ๑๒๕/๒๕๖๙',
    dateLine: 'สั่ง ณ วันที่ ๑๔ มิถุนายน พ.ศ. ๒๕๖๙',
    headingUnit: AGENCY,
    subject: 'แต่งตั้งคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์',
    paragraphs: [
      'เพื่อให้การพัฒนาระบบสารบรรณอิเล็กทรอนิกส์ของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานเป็นไปด้วยความเรียบร้อยและมีประสิทธิภาพ อาศัยอำนาจตามความในมาตรา ๓๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ จึงแต่งตั้งคณะทำงาน ดังนี้',
      '๑. นายสมชาย ใจดี รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ประธานคณะทำงาน',
      '๒. นางสาวสุดารัตน์ มั่นคง นักวิชาการคอมพิวเตอร์ชำนาญการ คณะทำงานและเลขานุการ',
      'ให้คณะทำงานมีหน้าที่ศึกษา วิเคราะห์ และจัดทำแนวทางการใช้ระบบสารบรรณอิเล็กทรอนิกส์ของหน่วยงานในสังกัด แล้วรายงานผลต่อเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐานภายใน ๙๐ วัน',
      'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป',
    ],
    signer: { name: 'นายวิชัย รุ่งเรืองศรี', position: 'เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน', capacity: '' },
  },
  announcement: {
    numberLine: '',
    dateLine: 'ประกาศ ณ วันที่ ๑๔ มิถุนายน พ.ศ. ๒๕๖๙',
    headingUnit: AGENCY,
    subject: 'การรับส่งหนังสือราชการด้วยระบบสารบรรณอิเล็กทรอนิกส์',
    paragraphs: [
      'เพื่อให้การรับส่งหนังสือราชการของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานเป็นไปตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ (ฉบับที่ ๔) พ.ศ. ๒๕๖๔ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานจึงประกาศให้หน่วยงานในสังกัดรับส่งหนังสือราชการด้วยระบบสารบรรณอิเล็กทรอนิกส์เป็นหลัก',
      'ทั้งนี้ ตั้งแต่วันที่ ๑ กรกฎาคม พ.ศ. ๒๕๖๙ เป็นต้นไป',
    ],
    signer: { name: 'นายวิชัย รุ่งเรืองศรี', position: 'เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน', capacity: '' },
  },
};

/** The e-mail channel's metadata (interop-signature.md §2.8) for a sample letter. */
function metadataXml(numberLine: string, subject: string): string {
  const id = numberLine.replace(/^ที่\s*/u, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CorrespondenceLetterOutboundRequest>',
    '  <CorrespondenceLetterSpecial>',
    `    <ID>${id}</ID>`,
    '    <CorrespondenceDate>2026-06-14</CorrespondenceDate>',
    `    <Subject>${subject}</Subject>`,
    '    <Secret><Code>001</Code></Secret>',
    '    <Speed><Code>001</Code></Speed>',
    `    <Sender><Department><Name>${AGENCY}</Name></Department><Ministry><Name>กระทรวงศึกษาธิการ</Name></Ministry></Sender>`,
    '    <Receiver><Department><Name>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑</Name></Department><Ministry><Name>กระทรวงศึกษาธิการ</Name></Ministry></Receiver>',
    '  </CorrespondenceLetterSpecial>',
    '</CorrespondenceLetterOutboundRequest>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Generated images
// ---------------------------------------------------------------------------------------------------

let imagesLoading: Promise<SampleImages> | undefined;

/** The stand-in images (PNG), made once per process. */
export function sampleImages(): Promise<SampleImages> {
  imagesLoading ??= Promise.all([emblemPng(), signaturePng(), sealPng()]).then(
    ([emblem, signature, seal]) => ({
      emblem,
      signature,
      seal,
    }),
  );
  return imagesLoading;
}

type Rgba = [number, number, number, number];

class Raster {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgba,
  ) {
    this.data = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) this.data.set(background, i * 4);
  }

  /** Paints every pixel whose centre satisfies `inside`. */
  fill(inside: (x: number, y: number) => boolean, colour: Rgba): void {
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        if (inside(x + 0.5, y + 0.5)) this.data.set(colour, (y * this.width + x) * 4);
      }
    }
  }

  png(): Promise<Uint8Array> {
    return sharp(this.data, { raw: { width: this.width, height: this.height, channels: 4 } })
      .png({ compressionLevel: 9 })
      .toBuffer()
      .then((b) => new Uint8Array(b));
  }
}

const ellipse =
  (cx: number, cy: number, rx: number, ry: number, angle = 0) =>
  (x: number, y: number): boolean => {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const dx = x - cx;
    const dy = y - cy;
    const u = (dx * c + dy * s) / rx;
    const v = (-dx * s + dy * c) / ry;
    return u * u + v * v <= 1;
  };

/** A black bird-like figure on white, 300 × 340 px: a stand-in for the Garuda, not the Garuda. */
function emblemPng(): Promise<Uint8Array> {
  const r = new Raster(300, 340, [255, 255, 255, 255]);
  const black: Rgba = [0, 0, 0, 255];
  const parts = [
    ellipse(150, 60, 34, 38),
    ellipse(150, 170, 52, 95),
    ellipse(78, 140, 78, 26, -0.5),
    ellipse(222, 140, 78, 26, 0.5),
    ellipse(112, 290, 18, 44, 0.3),
    ellipse(188, 290, 18, 44, -0.3),
  ];
  r.fill((x, y) => parts.some((p) => p(x, y)), black);
  r.fill(ellipse(150, 168, 30, 70), [255, 255, 255, 255]);
  r.fill(ellipse(150, 168, 22, 60), black);
  return r.png();
}

/** A dark blue scribble on a transparent background, 600 × 220 px, like a signature pad's output. */
function signaturePng(): Promise<Uint8Array> {
  const r = new Raster(600, 220, [0, 0, 0, 0]);
  const ink: Rgba = [20, 30, 110, 255];
  const pts: [number, number][] = [];
  for (let i = 0; i <= 2000; i++) {
    const t = i / 2000;
    const x = 40 + 520 * t + 30 * Math.sin(t * 40);
    const y = 110 + 55 * Math.sin(t * 23) * Math.exp(-t * 1.2) + 25 * Math.cos(t * 40);
    pts.push([x, y]);
  }
  const radius = 4;
  const r2 = radius * radius;
  for (const [px, py] of pts) {
    for (let y = Math.floor(py - radius); y <= py + radius; y++) {
      for (let x = Math.floor(px - radius); x <= px + radius; x++) {
        if (x < 0 || y < 0 || x >= r.width || y >= r.height) continue;
        if ((x - px) ** 2 + (y - py) ** 2 <= r2) r.data.set(ink, (y * r.width + x) * 4);
      }
    }
  }
  return r.png();
}

/** Two red rings on a transparent background, 400 × 400 px: a stand-in for an agency seal. */
function sealPng(): Promise<Uint8Array> {
  const r = new Raster(400, 400, [0, 0, 0, 0]);
  const red: Rgba = [200, 20, 30, 230];
  const ring = (ro: number, ri: number) => (x: number, y: number) => {
    const d = Math.hypot(x - 200, y - 200);
    return d <= ro && d >= ri;
  };
  r.fill(ring(198, 188), red);
  r.fill(ring(156, 150), red);
  r.fill(ellipse(200, 200, 40, 52), red);
  return r.png();
}
