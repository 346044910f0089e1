//! The CPU half of an upload: recognise the format from the bytes, check the size, decode,
//! turn the image upright, and re-encode it at each responsive width.
//!
//! Re-encoding from decoded pixels is what strips EXIF (camera, GPS position), XMP, IPTC and
//! every other block a file can carry: nothing but pixels reaches the encoder. Pure and
//! synchronous, so the service runs it in `spawn_blocking`.

use std::io::Cursor;

use gazette_domain::FieldError;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// The largest upload accepted, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 12 * 1024 * 1024;
/// The longest side accepted, in pixels, and the most pixels in all: beyond these decoding
/// alone would take hundreds of megabytes.
pub const MAX_SIDE: u32 = 12_000;
pub const MAX_PIXELS: u64 = 40_000_000;
/// The responsive widths made when the image is wider; never upscaled.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// The widest size kept: the "original" is scaled down to this.
pub const MAX_KEPT_WIDTH: u32 = 2400;
const JPEG_QUALITY: u8 = 82;

/// The formats accepted, recognised by their signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
    Gif,
    WebP,
}

impl Kind {
    /// From the file's first bytes; its name and declared type are not trusted.
    pub fn sniff(bytes: &[u8]) -> Option<Kind> {
        match bytes {
            [0xFF, 0xD8, 0xFF, ..] => Some(Kind::Jpeg),
            [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(Kind::Png),
            [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => Some(Kind::Gif),
            [
                b'R',
                b'I',
                b'F',
                b'F',
                _,
                _,
                _,
                _,
                b'W',
                b'E',
                b'B',
                b'P',
                ..,
            ] => Some(Kind::WebP),
            _ => None,
        }
    }

    fn format(self) -> ImageFormat {
        match self {
            Kind::Jpeg => ImageFormat::Jpeg,
            Kind::Png => ImageFormat::Png,
            Kind::Gif => ImageFormat::Gif,
            Kind::WebP => ImageFormat::WebP,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Jpeg => "JPEG",
            Kind::Png => "PNG",
            Kind::Gif => "GIF",
            Kind::WebP => "WebP",
        }
    }

    /// The extension of the re-encoded files: a GIF keeps its first frame as a PNG (lossless,
    /// and no GIF encoder to carry).
    pub fn output_extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png | Kind::Gif => "png",
            Kind::WebP => "webp",
        }
    }
}

/// One re-encoded size.
#[derive(Debug)]
pub struct Rendition {
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

#[derive(Debug)]
pub struct Processed {
    pub kind: Kind,
    /// Smallest first; the last is the widest kept.
    pub renditions: Vec<Rendition>,
}

fn refuse(message: impl Into<String>) -> FieldError {
    FieldError::new("file", message)
}

/// Checks and re-encodes an upload; every refusal names the `file` field.
pub fn process(bytes: &[u8]) -> Result<Processed, FieldError> {
    if bytes.is_empty() {
        return Err(refuse("choose an image to upload"));
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(refuse(format!(
            "the file is {:.1} MiB; the largest accepted is {} MiB",
            bytes.len() as f64 / (1024.0 * 1024.0),
            MAX_UPLOAD_BYTES / (1024 * 1024)
        )));
    }
    let kind = Kind::sniff(bytes)
        .ok_or_else(|| refuse("this file is not a JPEG, PNG, WebP or GIF image"))?;
    let unreadable = |_| {
        refuse(format!(
            "the file could not be read as a {} image",
            kind.name()
        ))
    };

    let mut decoder = ImageReader::with_format(Cursor::new(bytes), kind.format())
        .into_decoder()
        .map_err(unreadable)?;
    // The header is read: refuse huge images before any pixel is decoded.
    let (width, height) = decoder.dimensions();
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(refuse(format!(
            "the image is {width}×{height} pixels; the largest accepted is {MAX_SIDE} pixels a side and {} megapixels",
            MAX_PIXELS / 1_000_000
        )));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    decoder.set_limits(limits).map_err(unreadable)?;
    // Cameras store portraits sideways with an EXIF orientation; the tag is dropped with the
    // rest of the metadata, so it is applied to the pixels first. Unreadable tags are ignored.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }

    let mut renditions = Vec::new();
    for width in target_widths(image.width()) {
        let height = scaled_height(image.width(), image.height(), width);
        let sized = if width == image.width() {
            image.clone()
        } else {
            image.resize_exact(width, height, FilterType::CatmullRom)
        };
        renditions.push(Rendition {
            width,
            height,
            bytes: encode(&sized, kind).map_err(|e| refuse(format!("re-encoding failed: {e}")))?,
        });
    }
    Ok(Processed { kind, renditions })
}

/// The widths to make for an image `width` pixels wide: each standard width narrower than it,
/// then the image itself capped at [`MAX_KEPT_WIDTH`].
pub fn target_widths(width: u32) -> Vec<u32> {
    let kept = width.min(MAX_KEPT_WIDTH);
    let mut widths: Vec<u32> = WIDTHS.into_iter().filter(|w| *w < kept).collect();
    widths.push(kept);
    widths
}

fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    let h = (u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width);
    u32::try_from(h.max(1)).expect("never taller than the original")
}

fn encode(image: &DynamicImage, kind: Kind) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::new();
    match kind {
        // JPEG has no alpha; decoded JPEGs are grey or RGB already.
        Kind::Jpeg => DynamicImage::ImageRgb8(image.to_rgb8())
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))?,
        Kind::Png | Kind::Gif => image.write_with_encoder(PngEncoder::new(&mut out))?,
        // The WebP encoder is lossless and takes 8-bit RGB(A) only.
        Kind::WebP if image.color().has_alpha() => DynamicImage::ImageRgba8(image.to_rgba8())
            .write_with_encoder(WebPEncoder::new_lossless(&mut out))?,
        Kind::WebP => DynamicImage::ImageRgb8(image.to_rgb8())
            .write_with_encoder(WebPEncoder::new_lossless(&mut out))?,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_upscales_and_caps_the_widest() {
        assert_eq!(target_widths(300), vec![300]);
        assert_eq!(target_widths(960), vec![480, 960]);
        assert_eq!(target_widths(2000), vec![480, 960, 1600, 2000]);
        assert_eq!(target_widths(6000), vec![480, 960, 1600, 2400]);
    }

    #[test]
    fn recognises_formats_by_signature_only() {
        assert_eq!(Kind::sniff(b"\xFF\xD8\xFF\xE0rest"), Some(Kind::Jpeg));
        assert_eq!(Kind::sniff(b"GIF89a..."), Some(Kind::Gif));
        assert_eq!(Kind::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Kind::WebP));
        assert_eq!(Kind::sniff(b"<svg xmlns=..."), None);
        assert_eq!(Kind::sniff(b"RIFF\0\0\0\0WAVE"), None);
    }

    #[test]
    fn refuses_text_and_oversized_files() {
        assert_eq!(process(b"hello, not an image").unwrap_err().field, "file");
        let big = vec![0xFFu8; MAX_UPLOAD_BYTES + 1];
        assert!(process(&big).unwrap_err().message.contains("MiB"));
    }
}
