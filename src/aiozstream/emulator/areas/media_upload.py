"""Media area, chunked upload: ``POST /media/{id}/part`` and ``GET /media/{id}/complete``.

A part is a multipart body with ``file``, ``index`` and ``hash`` (hex MD5 of the file
bytes), in any order, plus ``Content-Range: bytes START-END/TOTAL`` (END inclusive).
Bytes are placed by Content-Range, so parts may arrive in parallel and in any order,
and a part sent again for the same range replaces the earlier one. ``index`` is
1-based on the wire, as AIOZ's SDKs send it; 0-based clients work too. Complete is
accepted once the parts cover bytes 0 to TOTAL-1 exactly, no part is still being
received, and the part indexes count up by one in byte order.

Upload progress is stored per media in the ``uploads`` collection::

    {"media_id", "total", "state": "receiving" | "assembled",
     "parts": {"START-END": {"start", "end", "index", "md5", "size"}}}
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiozstream.emulator import validation
from aiozstream.emulator.context import Sandbox
from aiozstream.emulator.faults import (
    PART_ROUTE,
    ConnectionDropped,
    FaultRule,
    delay_for,
    raise_for_faults,
)
from aiozstream.emulator.requestlog import annotate
from aiozstream.emulator.responses import success_message
from aiozstream.emulator.store import MEDIA, Store
from aiozstream.emulator.uploads import (
    ByteRange,
    ReceivedPart,
    missing_ranges,
    parse_content_range,
    receive_part,
)

UPLOADS = "uploads"
UPLOAD_FILE = "upload.bin"
_MD5_HEX = re.compile(r"^[0-9a-fA-F]{32}$")

logger = logging.getLogger("aiozstream.emulator.upload")


async def upload_part(request: Request, sandbox: Sandbox) -> Response:
    media_id = validation.require_uuid(request.path_params["id"], "media")
    byte_range = parse_content_range(request.headers.get("content-range"))
    if sandbox.store.get(MEDIA, media_id) is None:
        raise validation.not_found("media", media_id)
    if byte_range.length > sandbox.config.max_part_bytes:
        raise validation.bad_request(
            f"{byte_range} is {byte_range.length} bytes; "
            f"the maximum part size is {sandbox.config.max_part_bytes} bytes"
        )

    faults = _PartFaults(sandbox, request, byte_range)
    upload_path = sandbox.store.blob_dir(MEDIA, media_id) / UPLOAD_FILE
    upload_path.parent.mkdir(parents=True, exist_ok=True)
    part = ReceivedPart()
    async with sandbox.uploads.receiving(media_id, byte_range):
        _check_part_fits(sandbox.store, media_id, byte_range)
        try:
            await receive_part(
                request,
                upload_path,
                byte_range,
                part,
                on_field=faults.on_field,
                on_file_progress=faults.on_file_progress,
            )
            await delay_for(faults.fired)
            raise_for_faults(faults.fired)
            index = _part_index(part.fields.get("index"))
            _check_file(part, byte_range)
            _record_part(sandbox.store, media_id, byte_range, index, part.file_md5)
        except BaseException:
            # The range's bytes in the upload file were overwritten by a part that
            # was not accepted, so the range must be sent again.
            if part.bytes_written:
                _forget_range(sandbox.store, media_id, byte_range)
            raise
        finally:
            annotate(request, part_filename=part.filename)

    logger.debug("media %s: part %s stored at %s", media_id, index, byte_range)
    return success_message(f"part {index} received: {byte_range}")


async def complete_upload(request: Request, sandbox: Sandbox) -> Response:
    """Turn the received parts into the media's file and start the transcoding lifecycle.

    Calling complete again after it succeeded changes nothing and responds success, so
    a client that retries after a lost response is not punished. The request log still
    shows every call.
    """
    media_id = validation.require_uuid(request.path_params["id"], "media")
    media = sandbox.store.get(MEDIA, media_id)
    if media is None:
        raise validation.not_found("media", media_id)
    if media["status"] != "new":
        message = f"media {media_id} is already {media['status']}; nothing to complete"
        return success_message(message)
    in_progress = sandbox.uploads.in_progress(media_id)
    if in_progress:
        listed = ", ".join(f"{start}-{end}" for start, end in in_progress)
        raise validation.bad_request(
            f"parts of media {media_id} are still being received (bytes {listed}); "
            "call complete only after every part has succeeded"
        )

    upload_path = sandbox.store.blob_dir(MEDIA, media_id) / UPLOAD_FILE
    destination = sandbox.store.assembled_path(media_id)
    with sandbox.store.transaction() as state:
        upload = state["collections"].get(UPLOADS, {}).get(media_id)
        _check_complete(media_id, upload)
        os.replace(upload_path, destination)
        upload["state"] = "assembled"
        state["collections"][MEDIA][media_id]["size"] = destination.stat().st_size
    sandbox.uploads.forget(media_id)

    force_fail = any(rule.kind == "fail_transcode" for rule in request.state.faults)
    sandbox.transcoder.begin(media_id, force_fail=force_fail)
    logger.info("media %s: upload of %d parts complete", media_id, len(upload["parts"]))
    return success_message("upload complete: transcoding started")


class _PartFaults:
    """The fault rules that fire on one part request, and the drop halfway through it."""

    def __init__(self, sandbox: Sandbox, request: Request, byte_range: ByteRange) -> None:
        self._sandbox = sandbox
        self._request = request
        self._drop_after = max(1, byte_range.length // 2)
        self.fired: list[FaultRule] = []
        self._add(sandbox.faults.evaluate(PART_ROUTE))

    def on_field(self, name: str, value: str) -> None:
        if name != "index":
            return
        try:
            index = int(value)
        except ValueError:
            return
        annotate(self._request, part_index=index)
        self._add(self._sandbox.faults.evaluate(PART_ROUTE, part_index=index))

    def on_file_progress(self, size: int) -> None:
        dropping = any(rule.kind == "drop" for rule in self.fired)
        if dropping and size >= self._drop_after:
            annotate(self._request, dropped_after_bytes=size)
            raise ConnectionDropped(f"drop fault after {size} bytes of the part")

    def _add(self, rules: list[FaultRule]) -> None:
        self.fired.extend(rules)
        annotate(self._request, faults=[rule.kind for rule in rules])


def _check_part_fits(store: Store, media_id: str, byte_range: ByteRange) -> None:
    """Raise 400 unless the media accepts this part: checked before any byte is written."""
    media = store.get(MEDIA, media_id)
    if media is None:
        raise validation.not_found("media", media_id)
    _check_accepts_parts(media, store.get(UPLOADS, media_id), byte_range)


def _check_accepts_parts(
    media: dict[str, Any], upload: dict[str, Any] | None, byte_range: ByteRange
) -> None:
    if media["status"] != "new" or (upload is not None and upload["state"] != "receiving"):
        raise validation.bad_request(
            f"media {media['id']} is already completed ({media['status']}); "
            "create a new media to upload another file"
        )
    if upload is None:
        return
    if upload["total"] is not None and upload["total"] != byte_range.total:
        raise validation.bad_request(
            f"Content-Range total {byte_range.total} differs from the total {upload['total']} "
            "given by earlier parts of this media"
        )
    for other in upload["parts"].values():
        same_range = (other["start"], other["end"]) == (byte_range.start, byte_range.end)
        if not same_range and byte_range.overlaps(other["start"], other["end"]):
            raise validation.bad_request(
                f"{byte_range} overlaps the part already received at bytes "
                f"{other['start']}-{other['end']}; parts must not overlap"
            )


def _part_index(value: str | None) -> int:
    if value is None:
        raise validation.bad_request("field index is missing: send the 1-based part number")
    if not value.strip().isdigit():
        raise validation.bad_request(f"field index must be a whole number (1-based), got {value!r}")
    return int(value)


def _check_file(part: ReceivedPart, byte_range: ByteRange) -> None:
    if not part.has_file:
        raise validation.bad_request(
            "field file is missing: send the part's bytes as multipart field file"
        )
    if part.file_size != byte_range.length:
        raise validation.bad_request(
            f"Content-Range {byte_range} announces {byte_range.length} bytes "
            f"but field file contains {part.file_size} bytes"
        )
    hash_field = (part.fields.get("hash") or "").strip()
    if not hash_field:
        raise validation.bad_request("field hash is missing: send the hex MD5 of the part's bytes")
    if not _MD5_HEX.match(hash_field):
        raise validation.bad_request(
            f"field hash must be 32 hex digits (an MD5), got {hash_field!r}"
        )
    if hash_field.lower() != part.file_md5:
        raise validation.bad_request(
            f"MD5 mismatch for {byte_range}: the received bytes hash to {part.file_md5} "
            f"but field hash is {hash_field}; send this part again"
        )


def _record_part(store: Store, media_id: str, byte_range: ByteRange, index: int, md5: str) -> None:
    """Record an accepted part; raise 400 when it conflicts with the parts already received."""
    with store.transaction() as state:
        media = state["collections"][MEDIA].get(media_id)
        if media is None:
            raise validation.not_found("media", media_id)
        upload = (
            state["collections"]
            .setdefault(UPLOADS, {})
            .setdefault(
                media_id, {"media_id": media_id, "total": None, "state": "receiving", "parts": {}}
            )
        )
        _check_accepts_parts(media, upload, byte_range)
        key = f"{byte_range.start}-{byte_range.end}"
        for other_key, other in upload["parts"].items():
            if other_key != key and other["index"] == index:
                raise validation.bad_request(
                    f"index {index} was already used for bytes {other['start']}-{other['end']}; "
                    "each part needs its own index"
                )
        upload["total"] = byte_range.total
        upload["parts"][key] = {
            "start": byte_range.start,
            "end": byte_range.end,
            "index": index,
            "md5": md5,
            "size": byte_range.length,
        }


def _forget_range(store: Store, media_id: str, byte_range: ByteRange) -> None:
    with store.transaction() as state:
        upload = state["collections"].get(UPLOADS, {}).get(media_id)
        if upload is not None and upload["state"] == "receiving":
            upload["parts"].pop(f"{byte_range.start}-{byte_range.end}", None)


def _check_complete(media_id: str, upload: dict[str, Any] | None) -> None:
    """Raise 400 unless the recorded parts cover the whole file with consecutive indexes."""
    if upload is None or not upload["parts"]:
        raise validation.bad_request(
            f"no parts received for media {media_id}: "
            f"upload them with POST /media/{media_id}/part first"
        )
    parts = sorted(upload["parts"].values(), key=lambda part: part["start"])
    gaps = missing_ranges(((part["start"], part["end"]) for part in parts), upload["total"])
    if gaps:
        listed = ", ".join(f"{start}-{end}" for start, end in gaps)
        raise validation.bad_request(
            f"upload of media {media_id} is incomplete: missing bytes {listed} of {upload['total']}"
        )

    # Placing bytes by Content-Range alone would hide a client that numbers parts
    # wrongly, which a server ordering parts by index would punish with a corrupt file.
    indexes = [part["index"] for part in parts]
    one_based = list(range(1, len(parts) + 1))
    if indexes != one_based and indexes != list(range(len(parts))):
        raise validation.bad_request(
            f"part indexes in byte order are {indexes}, expected {one_based}: "
            "each part's index must follow its position in the file, counting from 1"
        )
