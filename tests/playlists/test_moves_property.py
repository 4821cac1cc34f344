"""Random moves through the SDK and the CLI keep the sandbox's order equal to a model list.

The model is a plain Python list changed by list operations, independent of
``plan_move``. After every step the sandbox's walked order must equal it, and a
move to the place where an item already is must send no PUT.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiozstream import Client
from aiozstream.emulator import SandboxServer

from .support import run_cli

TARGETS = ("top", "bottom", "before", "after", "position")

moves = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=5),
        st.sampled_from(TARGETS),
        st.integers(min_value=0, max_value=5),
        st.booleans(),
    ),
    min_size=1,
    max_size=6,
)


def expected_order(
    order: list[str], item: str, target: str, reference: str, position: int
) -> list[str]:
    """Apply one move to the model list; ``reference`` is the neighbor of before/after."""
    others = [other for other in order if other != item]
    if target == "top":
        index = 0
    elif target == "bottom":
        index = len(others)
    elif target == "before":
        index = others.index(reference)
    elif target == "after":
        index = others.index(reference) + 1
    else:
        index = position - 1
    return [*others[:index], item, *others[index:]]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(size=st.integers(min_value=1, max_value=6), steps=moves)
def test_random_moves_match_model(
    sandbox: SandboxServer, client: Client, media_ids: list[str], size: int, steps: list
) -> None:
    playlist = client.playlists.create("property")
    for media_id in media_ids[:size]:
        client.playlists.add_media(playlist.id, media_id)
    model = client.playlists.get(playlist.id).item_ids()

    for item_index, target, reference_index, through_cli in steps:
        item = model[item_index % size]
        reference = model[reference_index % size]
        position = reference_index % size + 1
        if target in ("before", "after") and reference == item:
            continue
        expected = expected_order(model, item, target, reference, position)
        puts_before = len(sandbox.request_log.entries(route="PLAYLIST_ITEM_MOVE"))

        if through_cli:
            option = {"top": ["--to", "top"], "bottom": ["--to", "bottom"]}.get(
                target, [f"--{target}", str(position) if target == "position" else reference]
            )
            outcome = run_cli(sandbox, "--json", "playlists", "move", playlist.id, item, *option)
            assert outcome.exit_code == 0, outcome.output
            reported = json.loads(outcome.stdout)["order"]
        else:
            arguments = {target: True} if target in ("top", "bottom") else {}
            if target in ("before", "after"):
                arguments = {target: reference}
            if target == "position":
                arguments = {"position": position}
            reported = client.playlists.move_to(playlist.id, item, **arguments).order

        puts_sent = len(sandbox.request_log.entries(route="PLAYLIST_ITEM_MOVE")) - puts_before
        assert reported == expected
        assert client.playlists.get(playlist.id).item_ids() == expected
        assert puts_sent == (0 if expected == model else 1)
        model = expected
