import { Form, NavLink } from "@remix-run/react";
import type { Role } from "~/accounts/roles";
import { roleLabels } from "~/accounts/roles";
import { CsrfInput } from "./forms";

export type HeaderUser = { id: string; naam: string; rol: Role; leidt: boolean } | null;

export function navigationFor(user: NonNullable<HeaderUser>) {
  const items = [
    { to: "/methoden", label: "Wat werkt" },
    { to: "/intervisie", label: "Intervisie" },
    { to: "/plan", label: "Mijn plan" },
  ];
  if (user.rol === "leidinggevende" || user.leidt) items.push({ to: "/team", label: "Team" });
  if (user.rol === "beheerder") items.push({ to: "/beheer", label: "Beheer" });
  return items;
}

export function AppHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a href="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            ●
          </span>
          Elke dag leren
        </a>
        {user ? (
          <div className="site-header__user">
            <span>
              <span className="visually-hidden">Ingelogd als </span>
              <strong data-testid="gebruiker-naam">{user.naam}</strong>
              <span className="site-header__role"> · {roleLabels[user.rol]}</span>
            </span>
            <Form method="post" action="/logout">
              <CsrfInput />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action utrecht-button--small">
                Uitloggen
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      {user ? (
        <nav aria-label="Hoofdmenu" className="site-nav">
          <ul>
            {navigationFor(user).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
