//! The label index: a path trie over resource URIs whose objects are numbered
//! in depth-first order, so every subtree is a contiguous range of objects and
//! per-subtree totals are differences of prefix sums.

use super::labels::{LabelRecord, UriMapper};
use super::pattern::{split_uri, wildcard_match, PatKind, Pattern, Seg};
use crate::types::{builtin_category, Category};
use std::collections::HashMap;

/// Category bit of `c` (PII=1, PHI=2, FINANCIAL=4).
pub(crate) fn cat_bit(c: Category) -> u8 {
    1 << Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

/// A column of a labelled table.
#[derive(Debug, Clone)]
pub struct Col {
    pub name: String,
    pub types: Vec<(u32, u64)>,
    pub cats: u8,
    pub rows: Option<u64>,
}

/// A labelled object.
#[derive(Debug, Clone)]
pub struct Obj {
    pub uri: String,
    pub types: Vec<(u32, u64)>,
    pub cats: u8,
    pub rows: Option<u64>,
    pub bytes: Option<u64>,
    pub columns: Vec<Col>,
    has_whole: bool,
}

impl Obj {
    pub fn is_regulated(&self) -> bool {
        !self.types.is_empty()
    }
}

#[derive(Debug)]
struct Node {
    name: Box<str>,
    children: Vec<u32>,
    lo: u32,
    hi: u32,
    obj: u32,
}

const NONE: u32 = u32::MAX;

/// Objects and columns matched by a pattern or grant: sorted, merged object
/// ranges (whole objects) and `(object, column)` pairs.
#[derive(Debug, Clone, Default)]
pub struct MatchSet {
    pub ranges: Vec<(u32, u32)>,
    pub cols: Vec<(u32, u32)>,
}

impl MatchSet {
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty() && self.cols.is_empty()
    }

    pub(crate) fn normalize(&mut self) {
        self.ranges = merge_ranges(std::mem::take(&mut self.ranges));
        self.cols.sort_unstable();
        self.cols.dedup();
    }

    pub(crate) fn extend(&mut self, o: &MatchSet) {
        self.ranges.extend_from_slice(&o.ranges);
        self.cols.extend_from_slice(&o.cols);
    }
}

/// Sorts and merges overlapping or adjacent ranges.
pub(crate) fn merge_ranges(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
    for (lo, hi) in v {
        if lo >= hi {
            continue;
        }
        match out.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// Accumulated totals (internal form).
#[derive(Debug, Clone, Default)]
pub struct Acc {
    pub objects: u64,
    pub regulated: u64,
    pub columns: u64,
    pub cat_objects: [u64; 3],
    pub types: Vec<u64>,
}

/// The index over all labelled objects.
#[derive(Debug)]
pub struct LabelIndex {
    nodes: Vec<Node>,
    pub objs: Vec<Obj>,
    pub type_names: Vec<String>,
    pub type_cats: Vec<Option<Category>>,
    pre_reg: Vec<u32>,
    pre_cat: [Vec<u32>; 3],
    pre_type: Vec<Vec<u64>>,
}

fn cats_of(rec: &LabelRecord) -> u8 {
    rec.categories
        .iter()
        .filter_map(|c| Category::parse(c))
        .fold(0, |b, c| b | cat_bit(c))
}

impl LabelIndex {
    /// Builds the index; `(root, path)` become URIs through `mapper`.
    pub fn build(labels: &[LabelRecord], mapper: &UriMapper) -> LabelIndex {
        let mut type_ids: HashMap<String, u32> = HashMap::new();
        let mut type_names: Vec<String> = Vec::new();
        let mut type_cats: Vec<Option<Category>> = Vec::new();
        let mut by_uri: HashMap<String, u32> = HashMap::with_capacity(labels.len());
        let mut objs: Vec<Obj> = Vec::with_capacity(labels.len());
        for rec in labels {
            let rec_cats: Vec<Category> = rec
                .categories
                .iter()
                .filter_map(|c| Category::parse(c))
                .collect();
            let mut types = Vec::with_capacity(rec.types.len());
            for (t, &n) in &rec.types {
                let id = match type_ids.get(t.as_str()) {
                    Some(&id) => id,
                    None => {
                        type_names.push(t.clone());
                        type_cats.push(builtin_category(t));
                        let id = (type_names.len() - 1) as u32;
                        type_ids.insert(t.clone(), id);
                        id
                    }
                };
                if type_cats[id as usize].is_none() && rec_cats.len() == 1 {
                    type_cats[id as usize] = Some(rec_cats[0]);
                }
                types.push((id, n));
            }
            let uri = mapper.to_uri(&rec.root, &rec.path);
            let oi = match by_uri.get(uri.as_str()) {
                Some(&oi) => oi,
                None => {
                    let oi = objs.len() as u32;
                    by_uri.insert(uri.clone(), oi);
                    objs.push(Obj {
                        uri,
                        types: Vec::new(),
                        cats: 0,
                        rows: None,
                        bytes: None,
                        columns: Vec::new(),
                        has_whole: false,
                    });
                    oi
                }
            };
            let o = &mut objs[oi as usize];
            let rows = rec.rows_total.or(rec.rows_scanned);
            match &rec.column {
                None => {
                    merge_max(&mut o.types, &types);
                    o.cats |= cats_of(rec);
                    o.rows = o.rows.max(rows);
                    o.bytes = o.bytes.max(rec.bytes);
                    o.has_whole = true;
                }
                Some(c) => {
                    if let Some(col) = o.columns.iter_mut().find(|x| &x.name == c) {
                        merge_max(&mut col.types, &types);
                        col.cats |= cats_of(rec);
                    } else {
                        o.columns.push(Col {
                            name: c.clone(),
                            types,
                            cats: cats_of(rec),
                            rows,
                        });
                    }
                }
            }
        }
        drop(by_uri);
        // Fill in categories from types; objects seen only through columns sum them.
        for o in &mut objs {
            for c in &mut o.columns {
                c.cats |= c
                    .types
                    .iter()
                    .filter_map(|(t, _)| type_cats[*t as usize])
                    .fold(0, |b, c| b | cat_bit(c));
            }
            o.columns.sort_by(|a, b| a.name.cmp(&b.name));
            if !o.has_whole {
                let mut sum: Vec<(u32, u64)> = Vec::new();
                for c in &o.columns {
                    for &(t, n) in &c.types {
                        match sum.iter_mut().find(|(u, _)| *u == t) {
                            Some(e) => e.1 += n,
                            None => sum.push((t, n)),
                        }
                    }
                    o.rows = o.rows.max(c.rows);
                }
                o.types = sum;
            }
            o.types.retain(|(_, n)| *n > 0);
            o.types.sort_unstable();
            o.cats |= o
                .types
                .iter()
                .filter_map(|(t, _)| type_cats[*t as usize])
                .fold(0, |b, c| b | cat_bit(c));
        }
        // Sort objects by URI segments (segments joined by NUL sort segment-wise).
        // Sort (key, index) pairs, not the objects themselves.
        let mut keyed: Vec<(Box<str>, u32)> = objs
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let k = split_uri(&o.uri)
                    .map(|s| s.join("\0"))
                    .unwrap_or_else(|| o.uri.clone());
                (k.into_boxed_str(), i as u32)
            })
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut slots: Vec<Option<Obj>> = objs.into_iter().map(Some).collect();
        let n = keyed.len();
        let mut nodes = vec![Node {
            name: "".into(),
            children: Vec::new(),
            lo: 0,
            hi: n as u32,
            obj: NONE,
        }];
        let mut stack: Vec<u32> = vec![0];
        let mut objs = Vec::with_capacity(n);
        for (i, (key, oi)) in keyed.into_iter().enumerate() {
            let i = i as u32;
            let obj = slots[oi as usize].take().expect("each object once");
            let segs: Vec<&str> = key.split('\0').collect();
            let mut common = 0;
            while common < segs.len()
                && common + 1 < stack.len()
                && &*nodes[stack[common + 1] as usize].name == segs[common]
            {
                common += 1;
            }
            while stack.len() > common + 1 {
                let top = stack.pop().unwrap();
                nodes[top as usize].hi = i;
            }
            for s in &segs[common..] {
                let id = nodes.len() as u32;
                nodes.push(Node {
                    name: (*s).into(),
                    children: Vec::new(),
                    lo: i,
                    hi: i,
                    obj: NONE,
                });
                let parent = *stack.last().unwrap();
                nodes[parent as usize].children.push(id);
                stack.push(id);
            }
            let leaf = *stack.last().unwrap();
            nodes[leaf as usize].obj = i;
            objs.push(obj);
        }
        while stack.len() > 1 {
            let top = stack.pop().unwrap();
            nodes[top as usize].hi = n as u32;
        }
        // Prefix sums.
        let nt = type_names.len();
        let mut pre_reg = Vec::with_capacity(n + 1);
        let mut pre_cat: [Vec<u32>; 3] = Default::default();
        let mut pre_type: Vec<Vec<u64>> = vec![Vec::with_capacity(n + 1); nt];
        pre_reg.push(0);
        for p in &mut pre_cat {
            p.push(0);
        }
        for p in &mut pre_type {
            p.push(0);
        }
        for o in &objs {
            pre_reg.push(pre_reg.last().unwrap() + o.is_regulated() as u32);
            for (k, p) in pre_cat.iter_mut().enumerate() {
                p.push(p.last().unwrap() + ((o.cats >> k) & 1) as u32);
            }
            for p in pre_type.iter_mut() {
                let last = *p.last().unwrap();
                p.push(last);
            }
            for &(t, c) in &o.types {
                *pre_type[t as usize].last_mut().unwrap() += c;
            }
        }
        LabelIndex {
            nodes,
            objs,
            type_names,
            type_cats,
            pre_reg,
            pre_cat,
            pre_type,
        }
    }

    pub fn len(&self) -> usize {
        self.objs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.objs.is_empty()
    }

    fn child(&self, n: u32, name: &str) -> Option<u32> {
        let ch = &self.nodes[n as usize].children;
        ch.binary_search_by(|c| (*self.nodes[*c as usize].name).cmp(name))
            .ok()
            .map(|i| ch[i])
    }

    /// Objects and columns matched by `p`. Cost: the depth of the literal
    /// prefix plus the children tried by in-segment globs; a trailing `**`
    /// takes a whole subtree as one range.
    pub fn match_pattern(&self, p: &Pattern) -> MatchSet {
        let mut out = MatchSet::default();
        let col = p.column.as_deref();
        match &p.kind {
            PatKind::Segs(segs) if p.is_container() => {
                // A container and everything below it: one subtree range.
                let mut n = 0;
                for sg in segs {
                    let Seg::Lit(l) = sg else {
                        unreachable!("container is literal")
                    };
                    match self.child(n, l) {
                        Some(c) => n = c,
                        None => return out,
                    }
                }
                let node = &self.nodes[n as usize];
                self.emit(node.lo, node.hi, col, &mut out);
            }
            PatKind::Segs(segs) => self.walk(0, segs, col, &mut out),
            PatKind::Iam(g) => {
                let Some(n) = self.walk_lit(&g.prefix) else {
                    return out;
                };
                let node = &self.nodes[n as usize];
                if g.exact {
                    if node.obj != NONE {
                        out.ranges.push((node.obj, node.obj + 1));
                    }
                } else if g.whole_subtree {
                    let lo = node.lo + (node.obj != NONE && g.prefix.len() > 1) as u32;
                    out.ranges.push((lo, node.hi));
                } else {
                    for o in node.lo..node.hi {
                        if g.re.is_match(&self.objs[o as usize].uri) {
                            out.ranges.push((o, o + 1));
                        }
                    }
                }
            }
            PatKind::NotIam(gs) => {
                if let Some(n) = self.child(0, "s3:") {
                    let node = &self.nodes[n as usize];
                    for o in node.lo..node.hi {
                        let uri = &self.objs[o as usize].uri;
                        if !gs.iter().any(|g| g.re.is_match(uri)) {
                            out.ranges.push((o, o + 1));
                        }
                    }
                }
            }
        }
        out.normalize();
        out
    }

    fn walk_lit(&self, prefix: &[Box<str>]) -> Option<u32> {
        let mut n = 0;
        for s in prefix {
            n = self.child(n, s)?;
        }
        Some(n)
    }

    fn emit(&self, lo: u32, hi: u32, col: Option<&str>, out: &mut MatchSet) {
        match col {
            None => out.ranges.push((lo, hi)),
            Some(cg) => {
                for o in lo..hi {
                    for (ci, c) in self.objs[o as usize].columns.iter().enumerate() {
                        if wildcard_match(cg, &c.name) {
                            out.cols.push((o, ci as u32));
                        }
                    }
                }
            }
        }
    }

    fn walk(&self, n: u32, segs: &[Seg], col: Option<&str>, out: &mut MatchSet) {
        let node = &self.nodes[n as usize];
        match segs.first() {
            None => {
                if node.obj != NONE {
                    self.emit(node.obj, node.obj + 1, col, out);
                }
            }
            Some(Seg::Any) if segs.len() == 1 => self.emit(node.lo, node.hi, col, out),
            Some(Seg::Any) => {
                self.walk(n, &segs[1..], col, out);
                for &c in &node.children {
                    self.walk(c, segs, col, out);
                }
            }
            Some(Seg::Lit(l)) => {
                if let Some(c) = self.child(n, l) {
                    self.walk(c, &segs[1..], col, out);
                }
            }
            Some(Seg::Glob(g)) => {
                for &c in &node.children {
                    if wildcard_match(g, &self.nodes[c as usize].name) {
                        self.walk(c, &segs[1..], col, out);
                    }
                }
            }
        }
    }

    /// The labelled object at exactly `uri` (no `#column`), walking the trie
    /// segment by segment as grant patterns do.
    pub fn lookup(&self, uri: &str) -> Option<u32> {
        let segs = split_uri(uri)?;
        let mut n = 0;
        for s in segs {
            n = self.child(n, s)?;
        }
        let o = self.nodes[n as usize].obj;
        (o != NONE).then_some(o)
    }

    /// Number of regulated objects in `[lo, hi)`.
    pub fn regulated_in(&self, lo: u32, hi: u32) -> u64 {
        (self.pre_reg[hi as usize] - self.pre_reg[lo as usize]) as u64
    }

    /// Objects of category index `k` in `[lo, hi)`.
    pub fn cat_in(&self, k: usize, lo: u32, hi: u32) -> u64 {
        (self.pre_cat[k][hi as usize] - self.pre_cat[k][lo as usize]) as u64
    }

    pub fn new_acc(&self) -> Acc {
        Acc {
            types: vec![0; self.type_names.len()],
            ..Default::default()
        }
    }

    /// Adds the totals of `[lo, hi)` from prefix sums (no enumeration).
    pub fn add_range(&self, lo: u32, hi: u32, acc: &mut Acc) {
        acc.objects += (hi - lo) as u64;
        acc.regulated += self.regulated_in(lo, hi);
        for k in 0..3 {
            acc.cat_objects[k] += self.cat_in(k, lo, hi);
        }
        for (t, p) in self.pre_type.iter().enumerate() {
            acc.types[t] += p[hi as usize] - p[lo as usize];
        }
    }

    /// Removes one object's contribution.
    pub fn sub_obj(&self, o: u32, acc: &mut Acc) {
        let obj = &self.objs[o as usize];
        acc.objects -= 1;
        acc.regulated -= obj.is_regulated() as u64;
        for k in 0..3 {
            acc.cat_objects[k] -= ((obj.cats >> k) & 1) as u64;
        }
        for &(t, n) in &obj.types {
            acc.types[t as usize] -= n;
        }
    }

    /// Adds an object reached only through some of its columns.
    pub fn add_partial(&self, o: u32, cols: &[u32], acc: &mut Acc) {
        let obj = &self.objs[o as usize];
        let mut cats = 0;
        let mut reg = false;
        for &c in cols {
            let col = &obj.columns[c as usize];
            cats |= col.cats;
            reg |= !col.types.is_empty();
            for &(t, n) in &col.types {
                acc.types[t as usize] += n;
            }
        }
        acc.objects += 1;
        acc.regulated += reg as u64;
        for k in 0..3 {
            acc.cat_objects[k] += ((cats >> k) & 1) as u64;
        }
    }
}

fn merge_max(into: &mut Vec<(u32, u64)>, from: &[(u32, u64)]) {
    for &(t, n) in from {
        match into.iter_mut().find(|(u, _)| *u == t) {
            Some(e) => e.1 = e.1.max(n),
            None => into.push((t, n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn rec(path: &str, col: Option<&str>, types: &[(&str, u64)]) -> LabelRecord {
        LabelRecord {
            root: "lake".into(),
            path: path.into(),
            column: col.map(String::from),
            types: types
                .iter()
                .map(|(t, n)| (t.to_string(), *n))
                .collect::<BTreeMap<_, _>>(),
            ..Default::default()
        }
    }

    fn idx() -> LabelIndex {
        let m = UriMapper::new(vec![("lake".into(), "s3://lake".into())]);
        LabelIndex::build(
            &[
                rec("crm/a.csv", None, &[("EMAIL_ADDRESS", 2)]),
                rec("crm/b.csv", None, &[]),
                rec("crm/sub/c.csv", None, &[("US_SSN", 1)]),
                rec(
                    "crm/t.parquet",
                    None,
                    &[("EMAIL_ADDRESS", 5), ("US_SSN", 1)],
                ),
                rec("crm/t.parquet", Some("email"), &[("EMAIL_ADDRESS", 5)]),
                rec("crm/t.parquet", Some("ssn"), &[("US_SSN", 1)]),
                rec("hr/x.csv", None, &[("US_NPI", 1)]),
            ],
            &m,
        )
    }

    fn uris(ix: &LabelIndex, m: &MatchSet) -> Vec<String> {
        let mut v: Vec<String> = m
            .ranges
            .iter()
            .flat_map(|&(lo, hi)| lo..hi)
            .map(|o| ix.objs[o as usize].uri.clone())
            .collect();
        v.extend(m.cols.iter().map(|&(o, c)| {
            format!(
                "{}#{}",
                ix.objs[o as usize].uri, ix.objs[o as usize].columns[c as usize].name
            )
        }));
        v
    }

    #[test]
    fn trie_matches_like_direct_matching() {
        let ix = idx();
        for p in [
            "s3://lake/crm/*.csv",
            "s3://lake/crm/**",
            "s3://lake/**",
            "s3://lake/**/*.csv",
            "s3://lake/*/sub/*",
            "s3://lake/crm/t.parquet",
            "s3://lake/crm/t.parquet#e*",
            "s3://lake/**#ssn",
            "s3://other/**",
            "s3://lake/crm",
            "s3://lake/cr",
            "s3://lake/crm#e*",
            "s3://lake",
        ] {
            let pat = Pattern::parse(p).unwrap();
            let got = uris(&ix, &ix.match_pattern(&pat));
            let mut want = Vec::new();
            for o in &ix.objs {
                if pat.matches_object(&o.uri) && pat.column.is_none() {
                    want.push(o.uri.clone());
                }
            }
            for o in &ix.objs {
                if pat.column.is_some() && pat.matches_object(&o.uri) {
                    for c in &o.columns {
                        if pat.matches_column(&c.name) {
                            want.push(format!("{}#{}", o.uri, c.name));
                        }
                    }
                }
            }
            assert_eq!(got, want, "pattern {p}");
        }
        for arn in [
            "arn:aws:s3:::lake/crm/*",
            "arn:aws:s3:::lake/*.csv",
            "*",
            "arn:aws:s3:::lake/hr/x.csv",
            "arn:aws:s3:::lak?/c*/b.csv",
        ] {
            let pat = Pattern::from_iam_arn(arn).unwrap();
            let got = uris(&ix, &ix.match_pattern(&pat));
            let want: Vec<String> = ix
                .objs
                .iter()
                .filter(|o| pat.matches_object(&o.uri))
                .map(|o| o.uri.clone())
                .collect();
            assert_eq!(got, want, "arn {arn}");
        }
    }

    #[test]
    fn lookup_finds_exact_objects_only() {
        let ix = idx();
        for o in 0..ix.len() as u32 {
            assert_eq!(ix.lookup(&ix.objs[o as usize].uri), Some(o));
        }
        assert_eq!(ix.lookup("s3://lake/crm"), None, "a prefix is no object");
        assert_eq!(ix.lookup("s3://lake/crm/zz.csv"), None);
        assert_eq!(ix.lookup("not a uri"), None);
    }

    #[test]
    fn subtree_totals_come_from_prefix_sums() {
        let ix = idx();
        let m = ix.match_pattern(&Pattern::parse("s3://lake/crm/**").unwrap());
        assert_eq!(m.ranges.len(), 1);
        let mut acc = ix.new_acc();
        let (lo, hi) = m.ranges[0];
        ix.add_range(lo, hi, &mut acc);
        assert_eq!(acc.objects, 4);
        assert_eq!(acc.regulated, 3);
        let email = ix
            .type_names
            .iter()
            .position(|t| t == "EMAIL_ADDRESS")
            .unwrap();
        assert_eq!(acc.types[email], 7);
    }
}
