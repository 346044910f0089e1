//! The site-wide settings.

use gazette_domain::{Role, SiteSettings};

use crate::services::articles::Actor;
use crate::{App, AppError, AppResult};

impl App {
    pub async fn settings(&self) -> AppResult<SiteSettings> {
        Ok(gazette_store::settings::get(&mut *self.store().reader().await?).await?)
    }

    pub async fn put_settings(
        &self,
        actor: &Actor,
        settings: SiteSettings,
    ) -> AppResult<SiteSettings> {
        if let Actor::User(u) = actor
            && u.role < Role::Administrator
        {
            return Err(AppError::Forbidden(Role::Administrator.as_str()));
        }
        settings.validate()?;
        let mut tx = self.store().begin().await?;
        gazette_store::settings::put(&mut tx, &settings).await?;
        self.commit(tx, vec!["settings".into()]).await?;
        Ok(settings)
    }
}
