//! A small builder for queries whose shape depends on filters, numbering `$n` placeholders
//! (which both SQLite and PostgreSQL accept) as values are bound.

use sqlx::Any;
use sqlx::any::AnyArguments;
use sqlx::query::Query;

#[derive(Debug, Clone)]
pub(crate) enum Value {
    Int(i64),
    Text(String),
}

#[derive(Debug, Default)]
pub(crate) struct Sql {
    pub text: String,
    values: Vec<Value>,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            values: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder bound to `value`.
    pub fn bind(&mut self, value: Value) -> &mut Self {
        self.values.push(value);
        self.text.push_str(&format!("${}", self.values.len()));
        self
    }

    /// Appends `(p1, p2, …)` bound to `ids`; `(NULL)` when empty so the SQL stays valid.
    pub fn bind_list(&mut self, ids: &[i64]) -> &mut Self {
        if ids.is_empty() {
            return self.push("(NULL)");
        }
        self.push("(");
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(Value::Int(*id));
        }
        self.push(")")
    }

    pub fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        let mut q = sqlx::query(&self.text);
        for v in &self.values {
            q = match v {
                Value::Int(i) => q.bind(*i),
                Value::Text(s) => q.bind(s.as_str()),
            };
        }
        q
    }
}
