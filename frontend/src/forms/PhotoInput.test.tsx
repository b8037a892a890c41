import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PhotoGallery, PhotoInput, uploadPhoto, type UploadedPhoto } from './PhotoInput';

const uploaded = (hash: string): UploadedPhoto => ({ hash, contentType: 'image/jpeg', size: 10, width: 4, height: 3 });

function choose(files: File[]) {
  const input = screen.getByTestId<HTMLInputElement>('photo-input');
  fireEvent.change(input, { target: { files } });
  return input;
}

describe('PhotoInput', () => {
  it('opens the back camera for images, uploads each chosen photo and attaches its hash', async () => {
    const upload = vi.fn(async (f: File) => uploaded(`h-${f.name}`));
    const attach = vi.fn(async () => null);
    render(<PhotoInput attach={attach} upload={upload} />);
    const input = screen.getByTestId('photo-input');
    expect(input.getAttribute('accept')).toContain('image/');
    expect(input.getAttribute('capture')).toBe('environment');
    choose([new File(['a'], 'a.jpg', { type: 'image/jpeg' }), new File(['b'], 'b.png', { type: 'image/png' })]);
    await waitFor(() => expect(screen.getAllByText('已上传')).toHaveLength(2));
    expect(upload).toHaveBeenCalledTimes(2);
    expect(attach.mock.calls.map((c: unknown[]) => (c[0] as UploadedPhoto).hash)).toEqual(['h-a.jpg', 'h-b.png']);
  });

  it("shows the server's refusal of an upload, and the record's refusal of an attachment", async () => {
    const upload = vi.fn(async (f: File) => {
      if (f.name === 'bad.jpg') throw new Error('文件不是照片：请上传 JPEG 或 PNG 图片');
      return uploaded('h');
    });
    const attach = vi.fn(async () => '只有院坝代办员或村社可以处理该事项');
    render(<PhotoInput attach={attach} upload={upload} />);
    choose([new File(['x'], 'bad.jpg', { type: 'image/jpeg' }), new File(['y'], 'ok.jpg', { type: 'image/jpeg' })]);
    await waitFor(() => expect(screen.getByText(/文件不是照片/)).toBeTruthy());
    await waitFor(() => expect(screen.getByText(/只有院坝代办员/)).toBeTruthy());
    expect(attach).toHaveBeenCalledTimes(1);
  });
});

describe('uploadPhoto', () => {
  it('POSTs the bytes typed as the file, and returns the hash', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(uploaded('abc')), { status: 201 }));
    const file = new File(['jpegbytes'], 'r.jpg', { type: 'image/jpeg' });
    await expect(uploadPhoto(file, fetchImpl as unknown as typeof fetch)).resolves.toMatchObject({ hash: 'abc' });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/photos');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('image/jpeg');
  });

  it("throws the server's message when refused", async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ errors: [{ message: '照片超过 8388608 字节', extensions: { code: 'BAD_USER_INPUT' } }] }),
          {
            status: 413,
          },
        ),
    );
    await expect(uploadPhoto(new File(['x'], 'x.jpg'), fetchImpl as unknown as typeof fetch)).rejects.toThrow(
      '照片超过',
    );
  });
});

describe('PhotoGallery', () => {
  it('links each thumbnail to its picture, captioned by document or kind', () => {
    render(
      <PhotoGallery
        photos={[
          { id: 'p1', url: '/photos/1', kind: 'DOCUMENT', document: '身份证' },
          { id: 'p2', url: '/photos/2', kind: 'RECEIPT' },
        ]}
      />,
    );
    expect(screen.getByAltText('身份证').getAttribute('src')).toBe('/photos/1');
    expect(screen.getByAltText('票据').closest('a')?.getAttribute('href')).toBe('/photos/2');
  });
});
