//! Resource patterns: native URI globs (`*` within a segment, `**` across
//! segments, `#column`) and AWS IAM resource ARNs (`*` and `?` cross `/`).
//!
//! A native pattern without any wildcard names a container and covers its
//! children, segment by segment: `s3://bucket` covers `s3://bucket/a/b.csv`,
//! `pg://db/schema` covers `pg://db/schema/t`, but `s3://lake/cr` does not
//! cover `s3://lake/crm/x`. IAM ARNs keep AWS semantics (no such rule).

use super::Error;
use regex::Regex;

/// One segment of a native pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// Matches exactly this segment.
    Lit(Box<str>),
    /// `*` and `?` within one segment.
    Glob(Box<str>),
    /// `**`: zero or more segments.
    Any,
}

/// A compiled resource pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The pattern as written.
    pub raw: String,
    pub(crate) kind: PatKind,
    /// `#column` glob, if the pattern narrows to columns.
    pub column: Option<Box<str>>,
}

#[derive(Debug, Clone)]
pub(crate) enum PatKind {
    /// Native glob: segments starting with the scheme (`s3:`) and authority.
    Segs(Vec<Seg>),
    /// IAM ARN glob over `s3://` + bucket/key.
    Iam(IamGlob),
    /// IAM `NotResource`: every S3 object except those matched.
    NotIam(Vec<IamGlob>),
}

#[derive(Debug, Clone)]
pub(crate) struct IamGlob {
    /// Literal leading segments (scheme first) before the first wildcard.
    pub prefix: Vec<Box<str>>,
    /// The remainder after `prefix/` is exactly `*`: the whole subtree.
    pub whole_subtree: bool,
    /// The pattern has no wildcard at all.
    pub exact: bool,
    /// Full-string matcher on the URI.
    pub re: Regex,
}

/// Splits a URI into segments: `s3://lake/crm/a.csv` → `["s3:", "lake", "crm", "a.csv"]`.
/// The authority is always the second segment (it may be empty, as in `file:///x`);
/// later empty segments are dropped.
pub fn split_uri(uri: &str) -> Option<Vec<&str>> {
    let i = uri.find("://")?;
    if i == 0 {
        return None;
    }
    let scheme = &uri[..i + 1];
    let rest = &uri[i + 3..];
    let mut it = rest.split('/');
    let mut out = vec![scheme, it.next().unwrap_or("")];
    out.extend(it.filter(|s| !s.is_empty()));
    Some(out)
}

/// Splits `uri#column` into the URI and the column.
pub fn split_column(s: &str) -> (&str, Option<&str>) {
    match s.rfind('#') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    }
}

/// `*` (any run of bytes) and `?` (one byte) wildcard match.
pub fn wildcard_match(pat: &str, s: &str) -> bool {
    wildcard_match_bytes(pat.as_bytes(), s.as_bytes(), false)
}

pub(crate) fn wildcard_match_bytes(p: &[u8], s: &[u8], ci: bool) -> bool {
    let eq = |a: u8, b: u8| {
        if ci {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (usize::MAX, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || (p[pi] != b'*' && eq(p[pi], s[si]))) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = pi;
            mark = si;
            pi += 1;
        } else if star != usize::MAX {
            pi = star + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

fn has_wild(s: &str) -> bool {
    s.contains('*') || s.contains('?')
}

impl Seg {
    pub(crate) fn matches(&self, s: &str) -> bool {
        match self {
            Seg::Lit(l) => &**l == s,
            Seg::Glob(g) => wildcard_match(g, s),
            Seg::Any => true,
        }
    }
}

/// Native segment-pattern match against a split URI.
pub(crate) fn segs_match(p: &[Seg], s: &[&str]) -> bool {
    match p.first() {
        None => s.is_empty(),
        Some(Seg::Any) => (0..=s.len()).any(|k| segs_match(&p[1..], &s[k..])),
        Some(seg) => !s.is_empty() && seg.matches(s[0]) && segs_match(&p[1..], &s[1..]),
    }
}

/// Could two segment patterns match a common URI? Glob-vs-glob segments are
/// assumed to overlap (conservative).
pub(crate) fn segs_overlap(a: &[Seg], b: &[Seg]) -> bool {
    match (a.first(), b.first()) {
        (None, None) => true,
        (Some(Seg::Any), _) => {
            segs_overlap(&a[1..], b) || (!b.is_empty() && segs_overlap(a, &b[1..]))
        }
        (_, Some(Seg::Any)) => {
            segs_overlap(a, &b[1..]) || (!a.is_empty() && segs_overlap(&a[1..], b))
        }
        (None, _) | (_, None) => false,
        (Some(x), Some(y)) => {
            let ok = match (x, y) {
                (Seg::Lit(l), Seg::Lit(m)) => l == m,
                (Seg::Glob(g), Seg::Lit(l)) | (Seg::Lit(l), Seg::Glob(g)) => wildcard_match(g, l),
                _ => true,
            };
            ok && segs_overlap(&a[1..], &b[1..])
        }
    }
}

/// Does `a` match every URI `b` matches? (Sound but incomplete: literal
/// prefix followed by a trailing `**`, or identical patterns.)
pub(crate) fn segs_cover(a: &[Seg], b: &[Seg]) -> bool {
    if a == b {
        return true;
    }
    match a.split_last() {
        Some((Seg::Any, pre)) => {
            pre.len() <= b.len()
                && pre.iter().zip(b).all(|(x, y)| match (x, y) {
                    (Seg::Lit(l), Seg::Lit(m)) => l == m,
                    (Seg::Glob(g), Seg::Lit(m)) => wildcard_match(g, m),
                    (Seg::Glob(g), Seg::Glob(h)) => g == h || &**g == "*",
                    _ => false,
                })
        }
        _ => false,
    }
}

impl IamGlob {
    /// `s3path` is `bucket/key...` from `arn:aws:s3:::bucket/key...`.
    pub(crate) fn new(s3path: &str) -> IamGlob {
        let mut re = String::from("^s3://");
        for c in s3path.chars() {
            match c {
                '*' => re.push_str(".*"),
                '?' => re.push('.'),
                c => re.push_str(&regex::escape(&c.to_string())),
            }
        }
        re.push('$');
        let re = Regex::new(&re).expect("escaped glob is a valid regex");
        let wild_at = s3path.find(['*', '?']);
        let lit = &s3path[..wild_at.unwrap_or(s3path.len())];
        let mut prefix: Vec<Box<str>> = vec!["s3:".into()];
        let (dir, rest) = match wild_at {
            None => (lit, ""),
            Some(_) => match lit.rfind('/') {
                Some(i) => (&lit[..i], &s3path[i + 1..]),
                None => ("", s3path),
            },
        };
        prefix.extend(dir.split('/').filter(|s| !s.is_empty()).map(Box::from));
        IamGlob {
            prefix,
            whole_subtree: wild_at.is_some() && rest == "*" && !dir.is_empty() || s3path == "*",
            exact: wild_at.is_none(),
            re,
        }
    }

    pub(crate) fn approx_segs(&self) -> Vec<Seg> {
        let mut v: Vec<Seg> = self.prefix.iter().map(|s| Seg::Lit(s.clone())).collect();
        if !self.exact {
            v.push(Seg::Any);
        }
        v
    }
}

impl Pattern {
    /// Parses a native pattern: `scheme://authority/path-glob[#column-glob]`.
    pub fn parse(raw: &str) -> Result<Pattern, Error> {
        let (uri, column) = split_column(raw);
        let segs = split_uri(uri).ok_or_else(|| Error::Uri(raw.to_string()))?;
        let segs = segs
            .into_iter()
            .map(|s| {
                if s == "**" {
                    Seg::Any
                } else if has_wild(s) {
                    Seg::Glob(s.into())
                } else {
                    Seg::Lit(s.into())
                }
            })
            .collect();
        Ok(Pattern {
            raw: raw.to_string(),
            kind: PatKind::Segs(segs),
            column: column.map(Box::from),
        })
    }

    /// An IAM `Resource` value (`arn:aws:s3:::bucket/key*` or `*`). `None`
    /// when the ARN is not an S3 object ARN.
    pub fn from_iam_arn(arn: &str) -> Option<Pattern> {
        let glob = iam_glob(arn)?;
        Some(Pattern {
            raw: arn.to_string(),
            kind: PatKind::Iam(glob),
            column: None,
        })
    }

    /// An IAM `NotResource` list: every S3 object except those listed.
    pub fn from_iam_not_resources(arns: &[String]) -> Pattern {
        Pattern {
            raw: format!("NotResource[{}]", arns.join(",")),
            kind: PatKind::NotIam(arns.iter().filter_map(|a| iam_glob(a)).collect()),
            column: None,
        }
    }

    /// Does the pattern contain a wildcard?
    pub fn is_wildcard(&self) -> bool {
        match &self.kind {
            PatKind::Segs(s) => s.iter().any(|s| !matches!(s, Seg::Lit(_))),
            PatKind::Iam(g) => !g.exact,
            PatKind::NotIam(_) => true,
        }
    }

    /// A native pattern without wildcards: it names a container (or an
    /// object) and covers everything below it, segment-wise.
    pub(crate) fn is_container(&self) -> bool {
        match &self.kind {
            PatKind::Segs(s) => s.iter().all(|s| matches!(s, Seg::Lit(_))),
            _ => false,
        }
    }

    /// Approximate native segments (for overlap with destinations).
    pub(crate) fn approx_segs(&self) -> Vec<Seg> {
        match &self.kind {
            PatKind::Segs(s) if self.is_container() => {
                let mut v = s.clone();
                v.push(Seg::Any);
                v
            }
            PatKind::Segs(s) => s.clone(),
            PatKind::Iam(g) => g.approx_segs(),
            PatKind::NotIam(_) => vec![Seg::Lit("s3:".into()), Seg::Any],
        }
    }

    /// Does the pattern match the object at `uri` (ignoring columns)?
    pub fn matches_object(&self, uri: &str) -> bool {
        match &self.kind {
            PatKind::Segs(p) if self.is_container() => split_uri(uri)
                .is_some_and(|s| s.len() >= p.len() && p.iter().zip(&s).all(|(x, y)| x.matches(y))),
            PatKind::Segs(p) => split_uri(uri).is_some_and(|s| segs_match(p, &s)),
            PatKind::Iam(g) => g.re.is_match(uri),
            PatKind::NotIam(gs) => {
                uri.starts_with("s3://") && !gs.iter().any(|g| g.re.is_match(uri))
            }
        }
    }

    /// Does the column glob (if any) match `column`?
    pub fn matches_column(&self, column: &str) -> bool {
        self.column
            .as_deref()
            .is_none_or(|c| wildcard_match(c, column))
    }
}

fn iam_glob(arn: &str) -> Option<IamGlob> {
    if arn == "*" {
        return Some(IamGlob::new("*"));
    }
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() != 6 || parts[0] != "arn" || !wildcard_match(parts[2], "s3") {
        return None;
    }
    Some(IamGlob::new(parts[5]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_stays_in_segment_double_star_crosses() {
        let p = Pattern::parse("s3://lake/crm/*.csv").unwrap();
        assert!(p.matches_object("s3://lake/crm/a.csv"));
        assert!(!p.matches_object("s3://lake/crm/sub/a.csv"));
        let p = Pattern::parse("s3://lake/crm/**").unwrap();
        assert!(p.matches_object("s3://lake/crm/sub/a.csv"));
        assert!(!p.matches_object("s3://lake/crmx/a.csv"));
        let p = Pattern::parse("s3://lake/**/*.csv").unwrap();
        assert!(p.matches_object("s3://lake/a/b/c.csv"));
        assert!(p.matches_object("s3://lake/c.csv"));
        assert!(!p.matches_object("s3://lake/c.json"));
    }

    #[test]
    fn column_part_is_split_off() {
        let p = Pattern::parse("s3://lake/t.parquet#e*").unwrap();
        assert_eq!(p.column.as_deref(), Some("e*"));
        assert!(p.matches_object("s3://lake/t.parquet"));
        assert!(p.matches_column("email"));
        assert!(!p.matches_column("ssn"));
    }

    #[test]
    fn iam_star_crosses_slash() {
        let p = Pattern::from_iam_arn("arn:aws:s3:::lake/crm/*").unwrap();
        assert!(p.matches_object("s3://lake/crm/a/b.csv"));
        let p = Pattern::from_iam_arn("arn:aws:s3:::lake/c?m*.csv").unwrap();
        assert!(p.matches_object("s3://lake/crm/x/y.csv"));
        assert!(!p.matches_object("s3://lake/crm/x/y.json"));
        assert!(Pattern::from_iam_arn("arn:aws:dynamodb:::table/x").is_none());
        let p = Pattern::from_iam_not_resources(&["arn:aws:s3:::lake/public/*".into()]);
        assert!(p.matches_object("s3://lake/crm/a"));
        assert!(!p.matches_object("s3://lake/public/a"));
    }

    #[test]
    fn literal_patterns_cover_their_children_segment_wise() {
        let p = Pattern::parse("s3://bucket").unwrap();
        assert!(p.matches_object("s3://bucket/a/b.csv"));
        assert!(p.matches_object("s3://bucket"));
        assert!(!p.matches_object("s3://bucket2/a.csv"));
        let p = Pattern::parse("s3://lake/crm/").unwrap();
        assert!(p.matches_object("s3://lake/crm/x.csv"));
        let p = Pattern::parse("s3://lake/cr").unwrap();
        assert!(!p.matches_object("s3://lake/crm/x"));
        assert!(!p.matches_object("s3://lake/crm"));
        let p = Pattern::parse("pg://db/schema").unwrap();
        assert!(p.matches_object("pg://db/schema/t"));
        assert!(!p.matches_object("pg://db/schema2/t"));
        assert!(!p.matches_object("pg://db/other/t"));
        // a wildcard pattern keeps its exact meaning
        let p = Pattern::parse("s3://lake/*").unwrap();
        assert!(!p.matches_object("s3://lake/crm/x"));
        // AWS ARNs: the bucket is not its objects
        let p = Pattern::from_iam_arn("arn:aws:s3:::bucket").unwrap();
        assert!(!p.matches_object("s3://bucket/a.csv"));
        assert!(p.matches_object("s3://bucket"));
    }

    #[test]
    fn overlap_and_cover() {
        let d = Pattern::parse("https://**").unwrap().approx_segs();
        let g = Pattern::parse("https://partner.example/upload/*")
            .unwrap()
            .approx_segs();
        assert!(segs_overlap(&d, &g));
        let s = Pattern::parse("s3://lake/**").unwrap().approx_segs();
        assert!(!segs_overlap(&d, &s));
        assert!(segs_cover(&d, &g));
        assert!(!segs_cover(&g, &d));
    }
}
