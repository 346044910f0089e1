use anyhow::anyhow;
use clap::Subcommand;
use gazette_app::{App, Config, NewUser};
use gazette_domain::Role;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user and print their Admin API token (shown once).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// contributor, editor or administrator.
        #[arg(long, default_value = "editor")]
        role: String,
        #[command(flatten)]
        data: super::DataOpts,
    },
    /// Set a user's admin password (at least ten characters), read from the first line of
    /// standard input so it stays out of the shell's history.
    Password {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        data: super::DataOpts,
    },
}

pub async fn run(config: Config, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add {
            email,
            name,
            role,
            data,
        } => {
            let role = Role::parse(&role).ok_or_else(|| {
                anyhow!("unknown role {role:?}; use contributor, editor or administrator")
            })?;
            let app = App::open(super::with_data(config, &data)).await?;
            let (user, token) = app.users().add(NewUser { email, name, role }).await?;
            eprintln!(
                "added {} <{}> as {}",
                user.name,
                user.email,
                user.role.as_str()
            );
            eprintln!(
                "Admin API token (shown only now; send it as 'Authorization: Bearer TOKEN'):"
            );
            println!("{token}");
            Ok(())
        }
        UserCommand::Password { email, data } => {
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            let app = App::open(super::with_data(config, &data)).await?;
            app.sessions().set_password(&email, password).await?;
            eprintln!("password set for {email}; sign in at /admin");
            Ok(())
        }
    }
}
