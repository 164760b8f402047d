"""Who is the supplier and who the recipient in one sentence.

Cues, strongest first: direction markers ("from X", "X'dan", "از X"), origin markers
("X-made", "do X sản xuất"), a maker's home state, a demonym next to a weapon noun, the
position of the actor relative to a stage trigger (the actor before a "buy" verb is the
recipient, before a "sell" verb the supplier; the one after it plays the other role), and
finally agreement with the named system's maker state.
"""

from __future__ import annotations

from dataclasses import dataclass

from armstrace.document import Mention
from armstrace.extraction.context import Hit, Sentence
from armstrace.extraction.lexicon import Lexicon
from armstrace.lang.terms import template_matches

ADJACENT = 30  # view chars between a demonym and the weapon noun it qualifies


@dataclass
class Role:
    mention: Mention
    role: str | None  # supplier | recipient | None
    cue: str  # marker | origin | maker | demonym | position | system-origin | opposite


def _v(doc_view, m: Mention) -> tuple[int, int]:
    return doc_view.from_original(m.start), doc_view.from_original(m.end)


def _any_template(templates: tuple[str, ...], text: str, vs: int, ve: int, boundary: str) -> bool:
    return any(template_matches(t, text, vs, ve, boundary) for t in templates)


def _near_weapon(vs: int, ve: int, weapons: list[tuple[int, int]]) -> bool:
    return any(0 <= ws - ve <= ADJACENT or 0 <= vs - we <= ADJACENT for ws, we in weapons)


def assign_roles(sent: Sentence, view, lex: Lexicon, triggers: list[Hit]) -> list[Role]:
    """A role (or None) for every state-bearing mention of the sentence."""
    text = view.text
    weapons = [_v(view, m) for m in sent.systems] + [(h.vstart, h.vend) for h in sent.categories + sent.generic]
    roles: list[Role] = []
    for m in sent.states:
        vs, ve = _v(view, m)
        if _any_template(lex.supplier_markers, text, vs, ve, lex.boundary):
            roles.append(Role(m, "supplier", "marker"))
        elif _any_template(lex.recipient_markers, text, vs, ve, lex.boundary):
            roles.append(Role(m, "recipient", "marker"))
        elif _any_template(lex.origin, text, vs, ve, lex.boundary):
            roles.append(Role(m, "supplier", "origin"))
        elif m.kind == "maker":
            roles.append(Role(m, "supplier", "maker"))
        elif m.role == "demonym" and _near_weapon(vs, ve, weapons):
            roles.append(Role(m, "supplier", "demonym"))
        else:
            roles.append(Role(m, _by_position(vs, ve, triggers), "position"))
    _resolve_open(roles, sent)
    return roles


def _by_position(vs: int, ve: int, triggers: list[Hit]) -> str | None:
    """Subject of the next directional trigger; object of the previous one."""
    directional = [t for t in triggers if t.subject != "none"]
    after = [t for t in directional if t.vstart >= ve]
    before = [t for t in directional if t.vend <= vs]
    if after:
        return after[0].subject
    if before:
        return "recipient" if before[-1].subject == "supplier" else "supplier"
    return None


def _resolve_open(roles: list[Role], sent: Sentence) -> None:
    """Fill actors left open: system-origin agreement first, then the missing role."""
    system_states = {s for m in sent.systems for s in system_origin(m)}
    for r in roles:
        if r.role is None and r.mention.state in system_states:
            r.role, r.cue = "supplier", "system-origin"
    filled = {r.role for r in roles if r.role}
    open_ = [r for r in roles if r.role is None]
    if not open_:
        return
    if filled == {"supplier"}:
        for r in open_:
            r.role, r.cue = "recipient", "opposite"
    elif filled == {"recipient"} and len({r.mention.state for r in open_}) == 1:
        recipients = {r.mention.state for r in roles if r.role == "recipient"}
        for r in open_:
            if r.mention.state not in recipients:
                r.role, r.cue = "supplier", "opposite"


def system_origin(m: Mention) -> list[str]:
    """The maker states the catalog gives for a system mention."""
    from armstrace.catalog import load_catalog

    ent = load_catalog().get(m.entity_id)
    if ent is None:
        return [m.state] if m.state else []
    states = getattr(ent, "states", None) or (ent.raw.get("states") if hasattr(ent, "raw") else None)
    if not states and getattr(ent, "state", None):
        states = [ent.state]
    return list(states or [])
