//! Gzip streams read the way `gzip -d` reads them: every member in turn
//! (concatenated `.gz` files are one stream), and zero bytes after the last
//! member ignored. Tape archivers and some backup and export tools pad a
//! compressed file to their block size with zeros; the data before the
//! padding is whole (every member's checksum passed), so such a file is
//! scanned completely rather than reported as damaged.
//!
//! Anything else after a member must be another member: a bad header is an
//! error, as is data after the padding (it is not gzip, so it cannot be
//! read, and the object must say it was not read in full).

use std::io::{BufRead, ErrorKind, Read};

use flate2::bufread::GzDecoder;

/// Decompresses every gzip member of `inner` in turn (see the module).
pub(crate) struct GzipMembers<R: BufRead> {
    /// The member being read; `None` once the stream has ended.
    member: Option<GzDecoder<R>>,
}

impl<R: BufRead> GzipMembers<R> {
    pub(crate) fn new(inner: R) -> Self {
        GzipMembers {
            member: Some(GzDecoder::new(inner)),
        }
    }
}

/// What follows a member that has just ended.
enum AfterMember {
    End,
    AnotherMember,
}

impl<R: BufRead> Read for GzipMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(member) = self.member.as_mut() else {
                return Ok(0);
            };
            let n = member.read(buf)?;
            if n > 0 {
                return Ok(n);
            }
            // The member ended with its checksum verified.
            let mut inner = self
                .member
                .take()
                .expect("a member was being read")
                .into_inner();
            match after_member(&mut inner)? {
                AfterMember::End => return Ok(0),
                AfterMember::AnotherMember => self.member = Some(GzDecoder::new(inner)),
            }
        }
    }
}

/// Looks at what follows a member: the end, another member (any non-zero
/// byte right after it), or zero padding, which must run to the end.
fn after_member<R: BufRead>(inner: &mut R) -> std::io::Result<AfterMember> {
    let mut padding = 0u64;
    loop {
        let available = match inner.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(AfterMember::End);
        }
        match available.iter().position(|&b| b != 0) {
            Some(0) if padding == 0 => return Ok(AfterMember::AnotherMember),
            Some(at) => {
                return Err(std::io::Error::new(
                    ErrorKind::InvalidData,
                    format!(
                        "data that is not gzip after the {} zero bytes padding the last member",
                        padding + at as u64
                    ),
                ))
            }
            None => {
                let zeros = available.len();
                padding += zeros as u64;
                inner.consume(zeros);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// Reads `input` through a small buffer (so padding and headers fall
    /// across buffer refills), returning the text or the error.
    fn gunzip(input: &[u8]) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        GzipMembers::new(std::io::BufReader::with_capacity(7, input))
            .read_to_end(&mut out)
            .map(|_| out)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn members_are_read_in_turn() {
        let mut input = gz(b"first member, ");
        input.extend(gz(b"second member"));
        assert_eq!(gunzip(&input).unwrap(), b"first member, second member");
    }

    #[test]
    fn zero_padding_after_the_last_member_is_ignored() {
        for pad in [1, 6, 7, 8, 512, 10_240] {
            let mut input = gz(b"SSN 571-28-1234\n");
            input.extend(vec![0u8; pad]);
            assert_eq!(gunzip(&input).unwrap(), b"SSN 571-28-1234\n", "{pad}");
        }
    }

    #[test]
    fn data_after_the_padding_or_a_bad_member_is_an_error() {
        let mut after_padding = gz(b"text");
        after_padding.extend([0, 0, 0, b'x']);
        let err = gunzip(&after_padding).unwrap_err();
        assert!(err.contains("after the 3 zero bytes"), "{err}");
        // Non-zero bytes right after a member must be a member.
        let mut garbage = gz(b"text");
        garbage.extend(b"not gzip at all");
        assert!(gunzip(&garbage).is_err());
        // A padded member followed by another member: gzip stops at the
        // padding too, and says so.
        let mut padded_then_member = gz(b"a");
        padded_then_member.extend([0; 4]);
        padded_then_member.extend(gz(b"b"));
        assert!(gunzip(&padded_then_member).is_err());
    }

    #[test]
    fn a_truncated_member_is_an_error() {
        let input = gz(&b"row of text\n".repeat(500));
        assert!(gunzip(&input[..input.len() / 2]).is_err());
        // Cut in the trailer: the checksum cannot be verified.
        assert!(gunzip(&input[..input.len() - 3]).is_err());
    }

    #[test]
    fn an_empty_member_reads_as_nothing() {
        assert_eq!(gunzip(&gz(b"")).unwrap(), b"");
    }
}
