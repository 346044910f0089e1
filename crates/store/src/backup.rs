//! Every table, read and written generically: what `gazette backup` and `gazette restore` move
//! between databases of either backend.
//!
//! Tables and their columns come from the database's own catalogue (`sqlite_master` and
//! `pragma_table_info` on SQLite, `information_schema` and `pg_constraint` on PostgreSQL), never
//! from a list kept here, so a table a later migration adds is carried with no change to this
//! module. Each column's declared type is reduced to a [`ColumnKind`]; a [`Value`] is converted
//! to the target column's kind on the way in (a PostgreSQL `boolean` and SQLite's 0/1 are the
//! same flag). sqlx's own `_sqlx_migrations` is not data: its checksums differ per dialect, so a
//! backup records the schema version instead and the target is migrated to it.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Row};

use crate::{Backend, Store, StoreError};

/// The migrations' own bookkeeping table, never backed up.
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";

/// Tables a migration fills with a row of its own (the change log's horizon): an empty site
/// has them, so they do not make a database occupied, and a restore replaces that row with the
/// backup's.
const SEEDED_BY_MIGRATIONS: &[&str] = &["change_log_horizon"];

/// Bound values per INSERT: well under SQLite's and PostgreSQL's limits on parameters.
const MAX_PARAMETERS: usize = 900;

/// What a column holds, as far as moving it between backends needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    Integer,
    Real,
    Text,
    Blob,
    Boolean,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
    Boolean(bool),
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Column {
    pub name: String,
    pub kind: ColumnKind,
}

/// A foreign key of one column: `column` refers to `table`'s `to_column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub column: String,
    pub table: String,
    pub to_column: String,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub references: Vec<Reference>,
    /// Columns whose values PostgreSQL draws from a sequence (identity or serial).
    pub generated: Vec<String>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A read transaction that sees one instant of the database: `REPEATABLE READ, READ ONLY` on
/// PostgreSQL, one read transaction over the WAL on SQLite. Writers carry on meanwhile.
pub struct Snapshot {
    tx: sqlx::Transaction<'static, Any>,
    backend: Backend,
}

impl Store {
    /// Opens a [`Snapshot`] on a reading connection.
    pub async fn snapshot(&self) -> Result<Snapshot, StoreError> {
        let mut tx = self.read.begin().await?;
        match self.backend {
            Backend::Postgres => {
                // Must be the transaction's first statement, before any read fixes its snapshot.
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute(&mut *tx)
                    .await?;
            }
            Backend::Sqlite => {
                // A deferred transaction takes its WAL snapshot at its first read: read now, so
                // every table below is read at the same instant.
                sqlx::query("SELECT count(*) FROM sqlite_master")
                    .execute(&mut *tx)
                    .await?;
            }
        }
        Ok(Snapshot {
            tx,
            backend: self.backend,
        })
    }

    /// Applies this backend's migrations up to and including `version` only: a backup made at
    /// that version is restored into exactly its shape, then [`Store::migrate`] brings it on.
    pub async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
        let all = match self.backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        let upto = sqlx::migrate::Migrator {
            migrations: all
                .iter()
                .filter(|m| m.version <= version)
                .cloned()
                .collect::<Vec<_>>()
                .into(),
            ..all
        };
        upto.run(&self.write).await?;
        Ok(())
    }

    /// The newest migration this binary knows.
    pub fn latest_schema_version() -> i64 {
        let (sqlite, postgres) = Self::migration_versions();
        sqlite.into_iter().chain(postgres).max().unwrap_or(0)
    }

    /// The newest migration applied to this database; `None` when it has never been migrated.
    pub async fn schema_version(&self) -> Result<Option<i64>, StoreError> {
        let mut conn = self.write.acquire().await?;
        if !table_names(&mut conn, self.backend)
            .await?
            .contains(MIGRATIONS_TABLE)
        {
            return Ok(None);
        }
        applied_version(&mut conn).await
    }

    /// The tables that hold rows, with how many: a restore goes only into a database where
    /// this is empty.
    pub async fn occupied_tables(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let mut conn = self.write.acquire().await?;
        let mut occupied = Vec::new();
        for name in table_names(&mut conn, self.backend).await? {
            if name == MIGRATIONS_TABLE || SEEDED_BY_MIGRATIONS.contains(&name.as_str()) {
                continue;
            }
            let count: i64 = sqlx::query(&format!("SELECT count(*) AS n FROM {}", quote(&name)))
                .fetch_one(&mut *conn)
                .await?
                .try_get("n")?;
            if count > 0 {
                occupied.push((name, count));
            }
        }
        Ok(occupied)
    }

    /// The tables of this database, parents before the tables that refer to them.
    pub async fn tables(&self) -> Result<Vec<Table>, StoreError> {
        let mut conn = self.write.acquire().await?;
        tables(&mut conn, self.backend).await
    }
}

impl Snapshot {
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection the snapshot reads through, for reads of other modules (the media rows).
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    pub async fn schema_version(&mut self) -> Result<i64, StoreError> {
        Ok(applied_version(&mut self.tx).await?.unwrap_or(0))
    }

    /// Every table but the migrations' own, parents first.
    pub async fn tables(&mut self) -> Result<Vec<Table>, StoreError> {
        tables(&mut self.tx, self.backend).await
    }

    /// Every row of `table`, each value in the order of `table.columns`, ordered by its
    /// columns so that two dumps of the same content are the same.
    pub async fn rows(&mut self, table: &Table) -> Result<Vec<Vec<Value>>, StoreError> {
        let columns: Vec<String> = table.columns.iter().map(|c| quote(&c.name)).collect();
        let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            columns.join(", "),
            quote(&table.name),
            order.join(", ")
        );
        let rows = sqlx::query(&sql).fetch_all(&mut *self.tx).await?;
        rows.iter()
            .map(|row| read_row(row, table, self.backend))
            .collect()
    }

    /// Ends the read transaction.
    pub async fn finish(self) -> Result<(), StoreError> {
        self.tx.rollback().await?;
        Ok(())
    }
}

/// Writes `rows` (values in the order of `columns`, as they were read) into `table` inside
/// `tx`, converting each value to the kind of the target's column. Rows of a table that refers
/// to itself are put in an order where each row's parent comes first.
pub async fn insert_rows(
    tx: &mut AnyConnection,
    backend: Backend,
    table: &Table,
    columns: &[Column],
    rows: Vec<Vec<Value>>,
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
    }
    if SEEDED_BY_MIGRATIONS.contains(&table.name.as_str()) {
        sqlx::query(&format!("DELETE FROM {}", quote(&table.name)))
            .execute(&mut *tx)
            .await?;
    }
    let mut kinds = Vec::with_capacity(columns.len());
    for column in columns {
        let target = table.column(&column.name).ok_or_else(|| {
            StoreError::BadRow(format!(
                "the backup's table {} has a column {} this database's has not",
                table.name, column.name
            ))
        })?;
        kinds.push(target.kind);
    }
    let rows = parents_first(table, columns, rows);
    let names: Vec<String> = columns.iter().map(|c| quote(&c.name)).collect();
    let per_statement = (MAX_PARAMETERS / columns.len().max(1)).max(1);
    for chunk in rows.chunks(per_statement) {
        let mut sql = format!(
            "INSERT INTO {} ({}) VALUES ",
            quote(&table.name),
            names.join(", ")
        );
        let mut n = 0;
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for j in 0..columns.len() {
                if j > 0 {
                    sql.push_str(", ");
                }
                n += 1;
                sql.push_str(&format!("${n}"));
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            if row.len() != columns.len() {
                return Err(StoreError::BadRow(format!(
                    "a row of {} has {} values for {} columns",
                    table.name,
                    row.len(),
                    columns.len()
                )));
            }
            for ((value, kind), column) in row.iter().zip(&kinds).zip(columns) {
                query = bind(query, value, *kind, backend).map_err(|why| {
                    StoreError::BadRow(format!("{}.{}: {why}", table.name, column.name))
                })?;
            }
        }
        query.execute(&mut *tx).await?;
    }
    Ok(())
}

/// Sets every PostgreSQL sequence behind an identity column past the largest value restored,
/// so the next row made gets a fresh id. SQLite's `INTEGER PRIMARY KEY` needs nothing.
pub async fn reset_sequences(
    tx: &mut AnyConnection,
    backend: Backend,
    tables: &[Table],
) -> Result<(), StoreError> {
    if backend != Backend::Postgres {
        return Ok(());
    }
    for table in tables {
        for column in &table.generated {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX({col}), 0) + 1, false) FROM {table}",
                col = quote(column),
                table = quote(&table.name)
            );
            sqlx::query(&sql)
                .bind(&table.name)
                .bind(column)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

fn bind<'q>(
    query: AnyQuery<'q>,
    value: &Value,
    kind: ColumnKind,
    backend: Backend,
) -> Result<AnyQuery<'q>, String> {
    // A NULL is bound with the column's own type: PostgreSQL refuses a text NULL for a bigint.
    Ok(match (kind, value) {
        (ColumnKind::Integer, Value::Null) => query.bind(None::<i64>),
        (ColumnKind::Integer, Value::Integer(i)) => query.bind(*i),
        (ColumnKind::Integer, Value::Boolean(b)) => query.bind(i64::from(*b)),
        (ColumnKind::Real, Value::Null) => query.bind(None::<f64>),
        (ColumnKind::Real, Value::Real(f)) => query.bind(*f),
        (ColumnKind::Real, Value::Integer(i)) => query.bind(*i as f64),
        (ColumnKind::Text, Value::Null) => query.bind(None::<String>),
        (ColumnKind::Text, Value::Text(s)) => query.bind(s.clone()),
        (ColumnKind::Blob, Value::Null) => query.bind(None::<Vec<u8>>),
        (ColumnKind::Blob, Value::Blob(b)) => query.bind(b.clone()),
        (ColumnKind::Boolean, Value::Null) if backend == Backend::Postgres => {
            query.bind(None::<bool>)
        }
        (ColumnKind::Boolean, Value::Null) => query.bind(None::<i64>),
        (ColumnKind::Boolean, Value::Boolean(b)) if backend == Backend::Postgres => query.bind(*b),
        (ColumnKind::Boolean, Value::Boolean(b)) => query.bind(i64::from(*b)),
        (ColumnKind::Boolean, Value::Integer(i @ (0 | 1))) if backend == Backend::Postgres => {
            query.bind(*i == 1)
        }
        (ColumnKind::Boolean, Value::Integer(i @ (0 | 1))) => query.bind(*i),
        (kind, value) => return Err(format!("a {value:?} cannot go into a {kind:?} column")),
    })
}

fn read_row(row: &AnyRow, table: &Table, backend: Backend) -> Result<Vec<Value>, StoreError> {
    let mut values = Vec::with_capacity(table.columns.len());
    for (i, column) in table.columns.iter().enumerate() {
        let bad = |e: sqlx::Error| {
            StoreError::BadRow(format!(
                "{}.{} as {:?}: {e}",
                table.name, column.name, column.kind
            ))
        };
        let value = match column.kind {
            ColumnKind::Integer => row
                .try_get::<Option<i64>, _>(i)
                .map_err(bad)?
                .map(Value::Integer),
            ColumnKind::Real => row
                .try_get::<Option<f64>, _>(i)
                .map_err(bad)?
                .map(Value::Real),
            ColumnKind::Text => row
                .try_get::<Option<String>, _>(i)
                .map_err(bad)?
                .map(Value::Text),
            ColumnKind::Blob => row
                .try_get::<Option<Vec<u8>>, _>(i)
                .map_err(bad)?
                .map(Value::Blob),
            ColumnKind::Boolean if backend == Backend::Postgres => row
                .try_get::<Option<bool>, _>(i)
                .map_err(bad)?
                .map(Value::Boolean),
            ColumnKind::Boolean => row
                .try_get::<Option<i64>, _>(i)
                .map_err(bad)?
                .map(|v| Value::Boolean(v != 0)),
        };
        values.push(value.unwrap_or(Value::Null));
    }
    Ok(values)
}

/// Rows of a table that refers to itself (a region's parent), reordered so that every row
/// comes after the row it refers to; other tables' rows are left as they are.
fn parents_first(table: &Table, columns: &[Column], rows: Vec<Vec<Value>>) -> Vec<Vec<Value>> {
    let position = |name: &str| columns.iter().position(|c| c.name == name);
    let links: Vec<(usize, usize)> = table
        .references
        .iter()
        .filter(|r| r.table == table.name)
        .filter_map(|r| Some((position(&r.column)?, position(&r.to_column)?)))
        .collect();
    if links.is_empty() {
        return rows;
    }
    let key = |v: &Value| format!("{v:?}");
    let present: HashSet<(usize, String)> = rows
        .iter()
        .flat_map(|row| links.iter().map(|&(_, to)| (to, key(&row[to]))))
        .collect();
    let mut placed: HashSet<(usize, String)> = HashSet::new();
    let mut pending = rows;
    let mut ordered = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let before = pending.len();
        let (ready, rest): (Vec<_>, Vec<_>) = pending.into_iter().partition(|row| {
            links.iter().all(|&(from, to)| {
                row[from] == Value::Null
                    || !present.contains(&(to, key(&row[from])))
                    || placed.contains(&(to, key(&row[from])))
                    // A row that refers to itself is its own parent.
                    || row[from] == row[to]
            })
        });
        for row in &ready {
            for &(_, to) in &links {
                placed.insert((to, key(&row[to])));
            }
        }
        ordered.extend(ready);
        pending = rest;
        if pending.len() == before {
            // A cycle among the rows: leave the rest as they are and let the database judge.
            ordered.append(&mut pending);
        }
    }
    ordered
}

async fn applied_version(conn: &mut AnyConnection) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT MAX(version) AS v FROM {MIGRATIONS_TABLE} WHERE success"
    ))
    .fetch_one(conn)
    .await?;
    Ok(row.try_get::<Option<i64>, _>("v")?)
}

async fn table_names(
    conn: &mut AnyConnection,
    backend: Backend,
) -> Result<BTreeSet<String>, StoreError> {
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
    };
    let rows = sqlx::query(sql).fetch_all(conn).await?;
    rows.iter()
        .map(|r| Ok(r.try_get::<String, _>("name")?))
        .collect()
}

async fn tables(conn: &mut AnyConnection, backend: Backend) -> Result<Vec<Table>, StoreError> {
    let mut tables = BTreeMap::new();
    for name in table_names(conn, backend).await? {
        if name == MIGRATIONS_TABLE {
            continue;
        }
        let table = match backend {
            Backend::Sqlite => sqlite_table(conn, name.clone()).await?,
            Backend::Postgres => postgres_table(conn, name.clone()).await?,
        };
        tables.insert(name, table);
    }
    parents_before_children(tables)
}

async fn sqlite_table(conn: &mut AnyConnection, name: String) -> Result<Table, StoreError> {
    let rows = sqlx::query("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
        .bind(&name)
        .fetch_all(&mut *conn)
        .await?;
    let mut columns = Vec::with_capacity(rows.len());
    for row in rows {
        let column: String = row.try_get("name")?;
        let declared: String = row.try_get("type")?;
        columns.push(Column {
            kind: sqlite_kind(&declared).ok_or_else(|| unsupported(&name, &column, &declared))?,
            name: column,
        });
    }
    let rows = sqlx::query(
        "SELECT \"from\" AS from_column, \"table\" AS to_table, \"to\" AS to_column FROM pragma_foreign_key_list($1)",
    )
    .bind(&name)
    .fetch_all(&mut *conn)
    .await?;
    let mut references = Vec::new();
    for row in rows {
        references.push(Reference {
            column: row.try_get("from_column")?,
            table: row.try_get("to_table")?,
            // A reference to the primary key may leave the column unnamed.
            to_column: row
                .try_get::<Option<String>, _>("to_column")?
                .unwrap_or_else(|| "id".to_owned()),
        });
    }
    Ok(Table {
        name,
        columns,
        references,
        generated: Vec::new(),
    })
}

async fn postgres_table(conn: &mut AnyConnection, name: String) -> Result<Table, StoreError> {
    let rows = sqlx::query(
        "SELECT column_name::text AS name, data_type::text AS type, \
         CASE WHEN is_identity = 'YES' OR column_default LIKE 'nextval(%' THEN 1 ELSE 0 END::bigint AS generated \
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 \
         ORDER BY ordinal_position",
    )
    .bind(&name)
    .fetch_all(&mut *conn)
    .await?;
    let mut columns = Vec::with_capacity(rows.len());
    let mut generated = Vec::new();
    for row in rows {
        let column: String = row.try_get("name")?;
        let declared: String = row.try_get("type")?;
        if row.try_get::<i64, _>("generated")? == 1 {
            generated.push(column.clone());
        }
        columns.push(Column {
            kind: postgres_kind(&declared).ok_or_else(|| unsupported(&name, &column, &declared))?,
            name: column,
        });
    }
    let rows = sqlx::query(
        "SELECT a.attname::text AS from_column, t.relname::text AS to_table, af.attname::text AS to_column \
         FROM pg_constraint c \
         JOIN pg_class s ON s.oid = c.conrelid \
         JOIN pg_class t ON t.oid = c.confrelid \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
         JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] \
         WHERE c.contype = 'f' AND s.relname = $1 \
         AND s.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())",
    )
    .bind(&name)
    .fetch_all(&mut *conn)
    .await?;
    let mut references = Vec::new();
    for row in rows {
        references.push(Reference {
            column: row.try_get("from_column")?,
            table: row.try_get("to_table")?,
            to_column: row.try_get("to_column")?,
        });
    }
    Ok(Table {
        name,
        columns,
        references,
        generated,
    })
}

/// SQLite's type affinity rules, with `BOOL` for a flag declared as one.
fn sqlite_kind(declared: &str) -> Option<ColumnKind> {
    let t = declared.to_ascii_uppercase();
    Some(if t.contains("INT") {
        ColumnKind::Integer
    } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") {
        ColumnKind::Text
    } else if t.contains("BLOB") || t.is_empty() {
        ColumnKind::Blob
    } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
        ColumnKind::Real
    } else if t.contains("BOOL") {
        ColumnKind::Boolean
    } else {
        return None;
    })
}

fn postgres_kind(data_type: &str) -> Option<ColumnKind> {
    Some(match data_type {
        "bigint" | "integer" | "smallint" => ColumnKind::Integer,
        "real" | "double precision" => ColumnKind::Real,
        "text" | "character varying" | "character" => ColumnKind::Text,
        "bytea" => ColumnKind::Blob,
        "boolean" => ColumnKind::Boolean,
        _ => return None,
    })
}

fn unsupported(table: &str, column: &str, declared: &str) -> StoreError {
    StoreError::BadRow(format!(
        "{table}.{column} has type {declared:?}, which backup and restore do not carry \
         (integers, reals, text, blobs and booleans only)"
    ))
}

/// Orders tables so that each comes after those it refers to (a table may refer to itself).
fn parents_before_children(mut tables: BTreeMap<String, Table>) -> Result<Vec<Table>, StoreError> {
    let mut ordered = Vec::with_capacity(tables.len());
    let mut done: BTreeSet<String> = BTreeSet::new();
    while !tables.is_empty() {
        let ready: Vec<String> = tables
            .values()
            .filter(|t| {
                t.references
                    .iter()
                    .all(|r| r.table == t.name || done.contains(&r.table))
            })
            .map(|t| t.name.clone())
            .collect();
        if ready.is_empty() {
            let left: Vec<&str> = tables.keys().map(String::as_str).collect();
            return Err(StoreError::BadRow(format!(
                "the foreign keys among {} form a cycle, which restore cannot order",
                left.join(", ")
            )));
        }
        for name in ready {
            if let Some(table) = tables.remove(&name) {
                done.insert(name);
                ordered.push(table);
            }
        }
    }
    Ok(ordered)
}

/// A table or column name as an identifier both dialects read.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(id: i64, parent: Option<i64>) -> Vec<Value> {
        vec![
            Value::Integer(id),
            parent.map_or(Value::Null, Value::Integer),
        ]
    }

    #[test]
    fn a_child_region_is_written_after_its_parent_whatever_their_ids() {
        let columns = vec![
            Column {
                name: "id".into(),
                kind: ColumnKind::Integer,
            },
            Column {
                name: "parent_id".into(),
                kind: ColumnKind::Integer,
            },
        ];
        let table = Table {
            name: "regions".into(),
            columns: columns.clone(),
            references: vec![Reference {
                column: "parent_id".into(),
                table: "regions".into(),
                to_column: "id".into(),
            }],
            generated: vec!["id".into()],
        };
        let rows = vec![region(1, Some(3)), region(2, None), region(3, Some(2))];
        let ordered = parents_first(&table, &columns, rows);
        assert_eq!(
            ordered,
            vec![region(2, None), region(3, Some(2)), region(1, Some(3))]
        );
    }

    #[test]
    fn declared_types_map_to_kinds_on_both_dialects() {
        assert_eq!(sqlite_kind("INTEGER"), Some(ColumnKind::Integer));
        assert_eq!(sqlite_kind("text"), Some(ColumnKind::Text));
        assert_eq!(sqlite_kind("BOOLEAN"), Some(ColumnKind::Boolean));
        assert_eq!(sqlite_kind("BLOB"), Some(ColumnKind::Blob));
        assert_eq!(sqlite_kind("DATETIME"), None);
        assert_eq!(postgres_kind("bigint"), Some(ColumnKind::Integer));
        assert_eq!(postgres_kind("boolean"), Some(ColumnKind::Boolean));
        assert_eq!(postgres_kind("bytea"), Some(ColumnKind::Blob));
        assert_eq!(postgres_kind("timestamp with time zone"), None);
    }
}
