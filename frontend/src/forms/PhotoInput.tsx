// Photos (照片): PhotoInput takes photos with the phone's camera (or picks
// files), uploads each to POST /photos — which checks the type by content,
// strips location data and answers the picture's hash — and hands the hash
// to the caller to attach it to its record (attachPhoto); PhotoGallery shows
// a record's photos as thumbnails linking to the full picture.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { enumLabel, t } from '../i18n';
import { languageHeaders } from '../client';
import type { PhotoKind } from '../gql/graphql';

/** What POST /photos answers for a stored photo. */
export type UploadedPhoto = { hash: string; contentType: string; size: number; width: number; height: number };

/** The endpoint photos are uploaded to (and served from, as /photos/{id}). */
export const PHOTOS_ENDPOINT = '/photos';

/**
 * Uploads one photo: its bytes as the request body, typed as the file says
 * (the server judges by the content). Throws an Error with the server's
 * message (in the user's language) when refused.
 */
export async function uploadPhoto(file: Blob, fetchImpl: typeof fetch = fetch): Promise<UploadedPhoto> {
  const res = await fetchImpl(PHOTOS_ENDPOINT, {
    method: 'POST',
    body: file,
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type || 'application/octet-stream', ...languageHeaders() },
  });
  const body = (await res.json().catch(() => null)) as (UploadedPhoto & { errors?: { message: string }[] }) | null;
  if (!res.ok || !body?.hash) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body;
}

type Item = { key: number; name: string; preview: string; state: 'uploading' | 'done' | 'failed'; message?: string };

/**
 * A file input for photos (camera first on phones) that uploads each chosen
 * photo and calls attach with its hash; attach answers null when attached,
 * else the refusal to show. Previews show each photo's state.
 */
export function PhotoInput({
  label,
  attach,
  upload = uploadPhoto,
  disabled,
}: {
  label?: string;
  attach: (photo: UploadedPhoto) => Promise<string | null>;
  upload?: (file: File) => Promise<UploadedPhoto>;
  disabled?: boolean;
}) {
  const [items, setItems] = useState<Item[]>([]);
  const next = useRef(0);
  const previews = useRef<string[]>([]);
  useEffect(() => () => previews.current.forEach((u) => URL.revokeObjectURL(u)), []);
  const set = (key: number, patch: Partial<Item>) =>
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    for (const file of files) {
      const key = next.current++;
      const preview = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
      if (preview) previews.current.push(preview);
      setItems((xs) => [...xs, { key, name: file.name, preview, state: 'uploading' }]);
      try {
        const refused = await attach(await upload(file));
        set(key, refused ? { state: 'failed', message: refused } : { state: 'done' });
      } catch (err) {
        set(key, { state: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return (
    <div className="photo-input">
      <label className="button">
        {label ?? t('photos.add')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/*"
          capture="environment"
          multiple
          hidden
          disabled={disabled}
          onChange={(e) => void onChange(e)}
          data-testid="photo-input"
        />
      </label>
      {items.length > 0 && (
        <ul className="photo-list" aria-live="polite">
          {items.map((x) => (
            <li key={x.key} className={`photo-item photo-${x.state}`}>
              {x.preview && <img src={x.preview} alt={x.name} className="photo-thumb" />}
              <span>
                {x.state === 'uploading'
                  ? t('photos.uploading')
                  : x.state === 'done'
                    ? t('photos.done')
                    : t('photos.failed', { message: x.message ?? '' })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A photo as the galleries show it. */
export type GalleryPhoto = { id: string; url: string; kind: PhotoKind; document?: string | null };

/** Thumbnails of a record's photos, each linking to the full picture. */
export function PhotoGallery({ photos }: { photos: readonly GalleryPhoto[] }) {
  if (photos.length === 0) return null;
  return (
    <ul className="photo-list" data-testid="photo-gallery">
      {photos.map((p) => {
        const caption = p.document || enumLabel('PhotoKind', p.kind);
        return (
          <li key={p.id} className="photo-item">
            <a href={p.url} target="_blank" rel="noreferrer">
              <img src={p.url} alt={caption} className="photo-thumb" loading="lazy" />
            </a>
            <small>{caption}</small>
          </li>
        );
      })}
    </ul>
  );
}
