import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { minimalPdf } from '../helpers/pdf';

// Uploads through the CMS's REST API with real multipart bodies, as the admin and API clients send them.
let cms: TestCms;
let editor: Record<string, string>;
beforeAll(async () => {
  process.env.PDF_MAX_BYTES = String(200 * 1024);
  cms = await startTestCms();
  editor = await authHeader(cms.payload, await makeUser(cms.payload, 'editor'));
}, 60_000);
afterAll(async () => {
  delete process.env.PDF_MAX_BYTES;
  await cms?.close();
});

function form(file: { data: Buffer; name: string; type: string }, fields: Record<string, unknown>): FormData {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  body.append('_payload', JSON.stringify(fields));
  return body;
}

async function errorsOf(response: Response) {
  const body = (await response.json()) as { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] };
  return body.errors?.flatMap((error) => error.data?.errors ?? [{ path: '', message: error.message }]) ?? [];
}

describe('PDF attachments of policies', () => {
  it('a real PDF within the limit is stored', async () => {
    const response = await cms.api('POST', '/documents', {
      headers: editor,
      body: form({ data: minimalPdf(), name: 'measures.pdf', type: 'application/pdf' }, { title: '措施' }),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { doc: { mimeType: string } }).doc.mimeType).toBe('application/pdf');
  });

  const refusals = [
    {
      what: 'a Word file',
      file: {
        data: Buffer.from('PK\u0003\u0004 not a pdf'),
        name: 'measures.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      zh: '只能上传 PDF 文件',
      en: 'Only PDF files can be uploaded',
    },
    {
      what: 'an image',
      file: {
        data: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
        name: 'scan.png',
        type: 'image/png',
      },
      zh: '只能上传 PDF 文件',
      en: 'Only PDF files can be uploaded',
    },
    {
      what: 'a file that only claims to be a PDF',
      file: { data: Buffer.from('<html>this is not a pdf</html>'), name: 'measures.pdf', type: 'application/pdf' },
      zh: '此文件不是有效的 PDF',
      en: 'This file is not a valid PDF',
    },
    {
      what: 'a PDF over PDF_MAX_BYTES',
      file: { data: minimalPdf(300 * 1024), name: 'big.pdf', type: 'application/pdf' },
      zh: '文件过大，最大 0.2 MB',
      en: 'The file is too large: at most 0.2 MB',
    },
  ];
  for (const { what, file, zh, en } of refusals) {
    it(`${what} is refused on the file field, in both languages, with 400`, async () => {
      const response = await cms.api('POST', '/documents', { headers: editor, body: form(file, { title: '措施' }) });
      expect(response.status).toBe(400);
      const errors = await errorsOf(response);
      expect(errors).toEqual([{ path: 'file', message: `${zh} / ${en}` }]);
    });
  }

  it('nothing refused was stored', async () => {
    const { totalDocs } = await cms.payload.count({ collection: 'documents' });
    expect(totalDocs).toBe(1);
    expect(fs.readdirSync(path.join(cms.dir, 'documents')).length).toBe(1);
  });
});

describe('images', () => {
  const halves = () =>
    sharp({ create: { width: 1200, height: 600, channels: 3, background: '#ff0000' } })
      .composite([{ input: { create: { width: 600, height: 600, channels: 3, background: '#0000ff' } }, left: 600, top: 0 }])
      .png()
      .toBuffer();

  it('alt text is required in both languages; the error names the missing one in both', async () => {
    const png = await halves();
    for (const [fields, missing] of [
      [{ altZh: '园区' }, 'altEn'],
      [{ altEn: 'The park' }, 'altZh'],
    ] as const) {
      const response = await cms.api('POST', '/media', {
        headers: editor,
        body: form({ data: png, name: 'park.png', type: 'image/png' }, fields),
      });
      expect(response.status).toBe(400);
      const errors = await errorsOf(response);
      expect(errors.map((e) => e.path)).toEqual([missing]);
      expect(errors[0]!.message).toBe(
        missing === 'altEn' ? '请填写英文替代文字 / Enter the alt text in English' : '请填写中文替代文字 / Enter the alt text in Chinese',
      );
    }
  });

  it('the cropped size is cut around the focal point; sizes are WebP; each language reads its alt text', async () => {
    const png = await halves();
    const upload = async (focalX: number) => {
      const response = await cms.api('POST', '/media', {
        headers: editor,
        body: form(
          { data: png, name: `halves-${focalX}.png`, type: 'image/png' },
          { altZh: '红蓝两半', altEn: 'Red and blue halves', focalX, focalY: 50 },
        ),
      });
      expect(response.status).toBe(201);
      return (
        (await response.json()) as {
          doc: { id: number; sizes: Record<string, { filename: string; width: number; height: number; mimeType: string }> };
        }
      ).doc;
    };
    const centreColour = async (filename: string) => {
      const { data } = await sharp(path.join(cms.dir, 'media', filename))
        .extract({ left: 199, top: 149, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      return data[0]! > data[2]! ? 'red' : 'blue';
    };
    const right = await upload(90);
    const left = await upload(10);
    expect(right.sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' });
    expect(right.sizes.card).toMatchObject({ width: 768, height: 384, mimeType: 'image/webp' });
    expect(await centreColour(right.sizes.thumbnail.filename)).toBe('blue');
    expect(await centreColour(left.sizes.thumbnail.filename)).toBe('red');

    const en = (await (await cms.api('GET', `/media/${right.id}?locale=en`)).json()) as { alt: string };
    const zh = (await (await cms.api('GET', `/media/${right.id}?locale=zh`)).json()) as { alt: string };
    expect([zh.alt, en.alt]).toEqual(['红蓝两半', 'Red and blue halves']);
  });

  it('a file over the upload limit is refused with 400, not a server error', async () => {
    const huge = Buffer.alloc(21 * 1024 * 1024, 1);
    const response = await cms.api('POST', '/media', {
      headers: editor,
      body: form({ data: huge, name: 'huge.png', type: 'image/png' }, { altZh: '大', altEn: 'Big' }),
    });
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]).toEqual({ path: 'file', message: '文件过大，最大 20 MB / The file is too large: at most 20 MB' });
  });
});
