import { useState } from 'react';

export interface ImageSource {
  url: string;
  alt: string;
  width?: number;
  height?: number;
  variants: { url: string; width: number }[];
}

interface ResponsiveImageProps {
  image: ImageSource;
  /** The `sizes` attribute: how wide the image is drawn, so the browser picks the right variant. */
  sizes: string;
  /** The first image of a page is the likely LCP element: load it at once. */
  priority?: boolean;
  className?: string;
}

/**
 * An image that keeps its box before it loads (no layout shift) and disappears rather than showing
 * a broken-image icon when the feed points at a file that will not load.
 */
export function ResponsiveImage({ image, sizes, priority = false, className = '' }: ResponsiveImageProps) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  const srcSet = image.variants.length > 1 ? image.variants.map((v) => `${v.url} ${v.width}w`).join(', ') : undefined;
  const hasBox = image.width !== undefined && image.height !== undefined;
  return (
    <img
      src={image.url}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? 'sync' : 'async'}
      onError={() => setFailed(true)}
      className={`block h-auto w-full bg-rule object-cover ${hasBox ? '' : 'aspect-video'} ${className}`}
    />
  );
}
