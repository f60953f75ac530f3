//! Resource limits for untrusted PDFs: decompressed stream size, object
//! count, page count, operator count, Form XObject nesting and a deadline
//! per file, so decompression bombs and reference loops cannot hang a run.

use std::time::{Duration, Instant};

/// The bounds one PDF is extracted under.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest decompressed size of a single stream, in bytes.
    pub max_stream_bytes: usize,
    /// Largest number of indirect objects in a file.
    pub max_objects: usize,
    /// Largest number of pages read.
    pub max_pages: usize,
    /// Largest number of content operators interpreted per page.
    pub max_ops_per_page: usize,
    /// Deepest nesting of Form XObjects.
    pub max_form_depth: usize,
    /// Time allowed for one file.
    pub time_budget: Duration,
    /// When the time budget runs out (set when extraction starts).
    pub deadline: Option<Instant>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 64 * 1024 * 1024,
            max_objects: 2_000_000,
            max_pages: 20_000,
            max_ops_per_page: 4_000_000,
            max_form_depth: 12,
            time_budget: Duration::from_secs(60),
            deadline: None,
        }
    }
}

impl Limits {
    /// Starts the clock.
    pub fn started(mut self) -> Self {
        self.deadline = Some(Instant::now() + self.time_budget);
        self
    }

    /// Whether the deadline has passed.
    pub fn expired(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() > d)
    }

    /// A stream's decoded content within the size bound; `None` when it
    /// cannot be decoded or is too large.
    pub(crate) fn stream_content(&self, stream: &lopdf::Stream) -> Option<Vec<u8>> {
        self.decode_stream(stream).ok()
    }

    /// A stream's decoded content, telling a too-large stream apart from
    /// an unreadable one.
    pub(crate) fn decode_stream(&self, stream: &lopdf::Stream) -> Result<Vec<u8>, StreamError> {
        if stream.dict.get(b"Filter").is_err() {
            if stream.content.len() > self.max_stream_bytes {
                return Err(StreamError::TooLarge);
            }
            return Ok(stream.content.clone());
        }
        stream
            .get_plain_content_with_limit(self.max_stream_bytes)
            .map_err(|e| StreamError::from_lopdf(&e))
    }
}

/// Why a stream could not be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StreamError {
    /// It decompresses to more than the limit.
    TooLarge,
    /// Bad filter data.
    Unreadable,
}

impl StreamError {
    pub(crate) fn from_lopdf(e: &lopdf::Error) -> StreamError {
        match e {
            lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
                StreamError::TooLarge
            }
            _ => StreamError::Unreadable,
        }
    }
}
