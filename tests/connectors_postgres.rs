//! The `postgres` grant connector against a real PostgreSQL server: the test
//! starts a throwaway cluster (initdb in a temporary directory, loopback
//! only), creates the estate of `sample-data/grants/postgres/setup.sql`
//! (login and group roles, nested and NOINHERIT membership, a superuser,
//! BYPASSRLS, VALID UNTIL, PUBLIC, column grants, GRANT OPTION), exports the
//! three catalog queries with psql exactly as the README says, and checks the
//! exposure computed from the CSV files and live (`--postgres-url`).
//!
//! Without PostgreSQL server binaries the server test is skipped loudly,
//! unless `CI` is set: then it fails. `DATAREACH_REGEN_PG_SAMPLE=1` copies
//! the export over `sample-data/grants/postgres/*.csv`.

mod util;

use util::{agent, strings};

use datareach::correlate::connectors::postgres::{
    ACL_FILE, ACL_SQL, MEMBERS_FILE, MEMBERS_SQL, ROLES_FILE, ROLES_SQL,
};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_datareach");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Where initdb, pg_ctl and psql live: PATH, Debian's versioned
/// directories (newest first), /usr/local.
fn find_bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|rd| rd.flatten().map(|e| e.path().join("bin")).collect())
        .unwrap_or_default();
    debian.sort_by_key(|p| {
        std::cmp::Reverse(
            p.parent()
                .and_then(|v| v.file_name())
                .and_then(|v| v.to_str())
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(0),
        )
    });
    dirs.extend(debian);
    dirs.push("/usr/local/bin".into());
    dirs.push("/usr/local/pgsql/bin".into());
    dirs.into_iter()
        .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file())
        .map(|d| std::fs::canonicalize(d.join("initdb")).map_or(d, |p| p.parent().unwrap().into()))
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A throwaway cluster; stopped on drop.
struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    /// `runuser -u postgres --` when we are root (postgres refuses root).
    as_user: Option<String>,
}

impl Cluster {
    fn start(bin: PathBuf) -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let root = String::from_utf8(run(Command::new("id").arg("-u")).stdout).unwrap();
        let as_user = (root.trim() == "0").then(|| "postgres".to_string());
        if let Some(u) = &as_user {
            run(Command::new("chown").arg(u).arg(dir.path()));
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let c = Cluster {
            bin,
            dir,
            port,
            as_user,
        };
        let data = c.dir.path().join("data");
        run(c
            .server_cmd("initdb")
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--no-locale",
                "-E",
                "UTF8",
                "-D",
            ])
            .arg(&data));
        run(c
            .server_cmd("pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(c.dir.path().join("log"))
            .arg("-o")
            .arg(format!(
                "-p {} -c listen_addresses=127.0.0.1 -k {}",
                c.port,
                c.dir.path().display()
            ))
            .args(["-w", "-t", "60", "start"]));
        c
    }

    fn server_cmd(&self, name: &str) -> Command {
        let exe = self.bin.join(name);
        match &self.as_user {
            Some(u) => {
                let mut c = Command::new("runuser");
                c.args(["-u", u, "--"]).arg(exe);
                c
            }
            None => Command::new(exe),
        }
    }

    fn psql(&self, db: &str, sql: &str) -> Vec<u8> {
        let psql = if self.bin.join("psql").is_file() {
            self.bin.join("psql")
        } else {
            PathBuf::from("psql")
        };
        let mut child = Command::new(psql)
            .args([
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
            ])
            .arg("-p")
            .arg(self.port.to_string())
            .arg("-d")
            .arg(db)
            .current_dir(ROOT)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(sql.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "psql failed on:\n{sql}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .server_cmd("pg_ctl")
            .arg("-D")
            .arg(self.dir.path().join("data"))
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

fn datareach(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap()
}

fn json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// One reach entry: resource, column, actions, via.
type ReachRow = (String, Option<String>, Vec<String>, Vec<String>);

/// An agent's reach entries.
fn reach(exp: &Value, id: &str) -> Vec<ReachRow> {
    agent(exp, id)["reach"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["resource"].as_str().unwrap().to_string(),
                r["column"].as_str().map(str::to_string),
                strings(&r["actions"]),
                strings(&r["via"]),
            )
        })
        .collect()
}

const CUSTOMERS: &str = "pg://appdb/public/customers";
const PATIENTS: &str = "pg://appdb/clinical/patients";

/// Scans the exported sample tables once (labels for pg:// resources).
fn scan(out: &Path) {
    let o = datareach(&["scan", "sample-data/pg", "--out", out.to_str().unwrap()]);
    assert!(o.status.code().unwrap_or(9) <= 1, "{o:?}");
}

/// The checks the CSV and live exposures must both pass.
fn check_exposure(exp: &Value) {
    // support_bot -> analysts -> pii_readers: SELECT on customers, not patients.
    let sb = reach(exp, "support_bot");
    let c = sb
        .iter()
        .find(|r| r.0 == CUSTOMERS && r.1.is_none())
        .unwrap_or_else(|| panic!("{sb:?}"));
    assert_eq!(c.2, ["read"]);
    assert_eq!(c.3, ["pg:appdb.public.customers:pii_readers=r/app_owner"]);
    assert!(!sb.iter().any(|r| r.0 == PATIENTS), "{sb:?}");
    let paths = &agent(exp, "support_bot")["reach"][0]["paths"];
    assert_eq!(paths[0]["role"], "pii_readers", "{paths}");

    // report_bot: the email column only, never ssn or the whole table.
    let rb = reach(exp, "report_bot");
    assert!(
        rb.iter()
            .any(|r| r.0 == CUSTOMERS && r.1.as_deref() == Some("email") && r.2 == ["read"]),
        "{rb:?}"
    );
    assert!(
        !rb.iter()
            .any(|r| r.0 == CUSTOMERS && (r.1.is_none() || r.1.as_deref() == Some("ssn"))),
        "{rb:?}"
    );
    assert!(!rb.iter().any(|r| r.0 == PATIENTS), "{rb:?}");

    // etl_agent: INSERT/UPDATE directly; SELECT WITH GRANT OPTION only via
    // SET ROLE clinicians (NOINHERIT), as a conditional grant.
    let etl = reach(exp, "etl_agent");
    let p = etl
        .iter()
        .find(|r| r.0 == PATIENTS && r.1.is_none())
        .unwrap_or_else(|| panic!("{etl:?}"));
    assert!(p.2.contains(&"write".to_string()), "{p:?}");
    assert!(
        p.3.contains(&"pg:appdb.clinical.patients:etl_agent=aw/app_owner".to_string()),
        "{p:?}"
    );
    assert!(
        p.3.contains(
            &"pg:appdb.clinical.patients:clinicians=r*/app_owner:set-role:etl_agent".to_string()
        ),
        "{p:?}"
    );
    let e = agent(exp, "etl_agent")["reach"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["resource"] == PATIENTS)
        .unwrap()
        .clone();
    let cond = e["paths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["grant"].as_str().unwrap().contains("set-role"))
        .unwrap();
    assert_eq!(cond["conditional"], true, "{cond}");
    assert!(!etl.iter().any(|r| r.0 == CUSTOMERS), "{etl:?}");

    // Superusers: directly, and through SET ROLE dba.
    for (a, grant) in [
        ("admin_agent", "pg:appdb:superuser:admin_agent"),
        ("postgres", "pg:appdb:superuser:postgres"),
        ("ops_agent", "pg:appdb:superuser:dba:set-role:ops_agent"),
    ] {
        let r = reach(exp, a);
        for t in [CUSTOMERS, PATIENTS] {
            let hit = r
                .iter()
                .find(|x| x.0 == t && x.1.is_none())
                .unwrap_or_else(|| panic!("{a}: {r:?}"));
            assert_eq!(hit.2, ["read", "write", "delete", "share", "admin"], "{a}");
            assert_eq!(hit.3, [grant], "{a}");
        }
    }
    // Group roles are not agents.
    for r in ["analysts", "pii_readers", "clinicians", "dba", "app_owner"] {
        assert!(
            !exp["agents"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["id"] == r),
            "{r}"
        );
    }
}

/// Replaces where the grants were read from, so CSV and live outputs compare.
fn normalised(p: &Path, sources: &[&str]) -> String {
    let mut s = std::fs::read_to_string(p).unwrap();
    for src in sources {
        s = s.replace(src, "SOURCE");
    }
    s
}

#[test]
fn postgres_csv_export_and_live_read_give_the_same_exposure() {
    let Some(bin) = find_bin_dir() else {
        if std::env::var_os("CI").is_some() {
            panic!("PostgreSQL server binaries (initdb, pg_ctl) not found; .ci/run installs Debian's postgresql package");
        }
        eprintln!("\n\n!!! SKIPPED postgres_csv_export_and_live_read_give_the_same_exposure: no initdb/pg_ctl found (apt-get install postgresql) !!!\n");
        return;
    };
    let pg = Cluster::start(bin);
    pg.psql("postgres", "CREATE DATABASE appdb;");
    let setup =
        std::fs::read_to_string(Path::new(ROOT).join("sample-data/grants/postgres/setup.sql"))
            .unwrap();
    pg.psql("appdb", &setup);

    // (a) the export exactly as the README documents it.
    let tmp = tempfile::tempdir().unwrap();
    let export = tmp.path().join("export");
    std::fs::create_dir(&export).unwrap();
    for (file, sql) in [
        (ROLES_FILE, ROLES_SQL),
        (MEMBERS_FILE, MEMBERS_SQL),
        (ACL_FILE, ACL_SQL),
    ] {
        let csv = pg.psql(
            "appdb",
            &format!("COPY (\n{sql}\n) TO STDOUT WITH (FORMAT csv, HEADER);\n"),
        );
        std::fs::write(export.join(file), &csv).unwrap();
        if std::env::var_os("DATAREACH_REGEN_PG_SAMPLE").is_some() {
            std::fs::write(
                Path::new(ROOT)
                    .join("sample-data/grants/postgres")
                    .join(file),
                &csv,
            )
            .unwrap();
        }
    }
    let acl = std::fs::read_to_string(export.join(ACL_FILE)).unwrap();
    assert!(acl.contains(",=r/app_owner,PUBLIC,SELECT,"), "{acl}");
    assert!(
        acl.contains(",email,r,app_owner,report_bot=r/app_owner,report_bot,SELECT,f"),
        "{acl}"
    );

    let labels = tmp.path().join("scan");
    scan(&labels);
    let map = "--map=sample-data/pg=pg://".to_string();
    let csv_out = tmp.path().join("csv");
    let grants = format!("postgres:{}", export.display());
    let o = datareach(&[
        "exposure",
        "--labels",
        labels.to_str().unwrap(),
        "--grants",
        &grants,
        &map,
        "--as-of",
        "2026-12-01",
        "--out",
        csv_out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(o.status.code() == Some(1), "{o:?}");
    assert!(
        stderr.contains("'etl_agent' holds 'clinicians' via clinicians only through SET ROLE"),
        "{stderr}"
    );
    assert!(stderr.contains("'etl_agent' has BYPASSRLS"), "{stderr}");
    let exp = json(&csv_out.join("exposure.json"));
    check_exposure(&exp);

    // (b) live, with a password that must appear nowhere.
    let url = format!("postgres://postgres:hunter2@127.0.0.1:{}/appdb", pg.port);
    let live_out = tmp.path().join("live");
    let o = datareach(&[
        "exposure",
        "--labels",
        labels.to_str().unwrap(),
        "--postgres-url",
        &url,
        &map,
        "--as-of",
        "2026-12-01",
        "--out",
        live_out.to_str().unwrap(),
    ]);
    assert!(o.status.code() == Some(1), "{o:?}");
    let live = json(&live_out.join("exposure.json"));
    check_exposure(&live);
    let shown = format!("postgres://postgres@127.0.0.1:{}/appdb", pg.port);
    for f in ["exposure.json", "findings.json"] {
        let text = std::fs::read_to_string(live_out.join(f)).unwrap();
        assert!(!text.contains("hunter2"), "{f}");
        let a = normalised(
            &csv_out.join(f),
            &[
                &export.join(ACL_FILE).display().to_string(),
                &export.join(ROLES_FILE).display().to_string(),
            ],
        );
        let b = normalised(&live_out.join(f), &[&shown]);
        assert_eq!(a, b, "{f} differs between the CSV export and the live read");
    }
    assert!(!String::from_utf8_lossy(&o.stdout).contains("hunter2"));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("hunter2"));

    // PUBLIC reaches every agent, explained as a role.
    let o = datareach(&[
        "explain",
        "--agent",
        "report_bot",
        "--object",
        "pg://appdb/public/products",
        "--postgres-url",
        &url,
        "--as-of",
        "2026-12-01",
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(
        text.contains("PUBLIC") && text.contains("=r/app_owner"),
        "{text}"
    );
    // ... but not to a table PUBLIC has no grant on.
    let o = datareach(&[
        "explain",
        "--agent",
        "report_bot",
        "--object",
        "pg://appdb/clinical/patients",
        "--grants",
        &grants,
        "--as-of",
        "2026-12-01",
    ]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");

    // VALID UNTIL is the agent's expiry.
    let late = tmp.path().join("late");
    let o = datareach(&[
        "exposure",
        "--labels",
        labels.to_str().unwrap(),
        "--grants",
        &grants,
        &map,
        "--as-of",
        "2027-04-01",
        "--out",
        late.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let f = std::fs::read_to_string(late.join("findings.json")).unwrap();
    assert!(f.contains("expired_agent:support_bot"), "{f}");
    assert!(!f.contains("expired_agent:report_bot"), "{f}");

    // A bad URL is an error naming the server, without the password.
    let o = datareach(&[
        "exposure",
        "--labels",
        labels.to_str().unwrap(),
        "--postgres-url",
        &format!("postgres://postgres:hunter2@127.0.0.1:{}/nodb", pg.port),
        "--out",
        tmp.path().join("bad").to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("postgres postgres://postgres@127.0.0.1") && !err.contains("hunter2"),
        "{err}"
    );
}

/// The shipped sample (no server needed): the README's command with two
/// scanned roots and two maps, inventory agents and PostgreSQL agents together.
#[test]
fn sample_postgres_grants_join_the_lake_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = datareach(&[
        "audit",
        "sample-data/lake",
        "sample-data/pg",
        "--inventory",
        "sample-data/inventory.yaml",
        "--grants",
        "postgres:sample-data/grants/postgres",
        "--map",
        "sample-data/lake=s3://acme-lake",
        "--map",
        "sample-data/pg=pg://",
        "--as-of",
        "2026-12-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.code() == Some(1), "{o:?}");
    let exp = json(&out.join("exposure.json"));
    check_exposure(&exp);
    // The inventory's agents still reach the lake, and no pg table.
    let inv_agent = exp["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["reach"].as_array().unwrap().iter().any(|r| {
                r["resource"]
                    .as_str()
                    .unwrap()
                    .starts_with("s3://acme-lake/")
            })
        })
        .expect("an inventory agent reaching the lake");
    assert!(!inv_agent["reach"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["resource"].as_str().unwrap().starts_with("pg://")));
    // Labels of the table files land on the table URIs (extension dropped).
    let text = std::fs::read_to_string(out.join("exposure.json")).unwrap();
    assert!(
        !text.contains("pg://appdb/public/customers.csv"),
        "table files keep no extension"
    );

    // Malformed export: file, line and column name.
    let bad = tmp.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    for f in [ROLES_FILE, MEMBERS_FILE, ACL_FILE] {
        std::fs::copy(
            Path::new(ROOT).join("sample-data/grants/postgres").join(f),
            bad.join(f),
        )
        .unwrap();
    }
    let roles = std::fs::read_to_string(bad.join(ROLES_FILE)).unwrap();
    std::fs::write(
        bad.join(ROLES_FILE),
        roles.replacen("support_bot,f,", "support_bot,perhaps,", 1),
    )
    .unwrap();
    let line = roles
        .lines()
        .position(|l| l.starts_with("support_bot,"))
        .unwrap()
        + 1;
    let o = datareach(&[
        "explain",
        "--agent",
        "support_bot",
        "--object",
        CUSTOMERS,
        "--grants",
        &format!("postgres:{}", bad.display()),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!("roles.csv:{line}:2: column 'rolsuper'")) && err.contains("perhaps"),
        "{err}"
    );
}
