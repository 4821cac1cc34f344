"""Models of the webhooks area, as AIOZ's OpenAPI document names them.

A webhook subscribes a URL to transcoding events. The wire has one boolean per
event (``file_received``, ``encoding_started``, ...); the SDK also offers the
subscribed events as a list of names.
"""

from __future__ import annotations

from pydantic import Field

from aiozstream.models._base import RequestModel, ResponseModel

WEBHOOK_EVENTS = (
    "file_received",
    "encoding_started",
    "partial_finished",
    "encoding_finished",
    "encoding_failed",
)
"""Every event a webhook can subscribe to, in the order of a media's lifecycle."""


class Webhook(ResponseModel):
    """A registered webhook."""

    id: str
    name: str | None = None
    """Free label chosen by the user."""
    url: str | None = None
    """Target URL of the event POSTs (http or https)."""
    user_id: str | None = None
    file_received: bool = False
    """The source file arrived and waits for transcoding (status ``new``)."""
    encoding_started: bool = False
    """Transcoding began (status ``transcoding``)."""
    partial_finished: bool = False
    """One quality preset is ready (status ``transcoding``); sent once per preset."""
    encoding_finished: bool = False
    """Every preset is ready (status ``done``)."""
    encoding_failed: bool = False
    """Transcoding failed (status ``fail``)."""
    created_at: str | None = None
    updated_at: str | None = None
    last_triggered_at: str | None = None
    """When an event was last sent to the URL; empty before the first one."""

    @property
    def events(self) -> list[str]:
        """Names of the subscribed events, in lifecycle order."""
        return [event for event in WEBHOOK_EVENTS if getattr(self, event)]


class WebhookList(ResponseModel):
    """One page of ``GET /webhooks``."""

    webhooks: list[Webhook] = Field(default_factory=list)
    total: int = 0


class WebhookData(ResponseModel):
    """The ``data`` of ``POST /webhooks`` and ``GET /webhooks/{id}``: ``{"webhook": {...}}``."""

    webhook: Webhook


class CreateWebhookRequest(RequestModel):
    """Body of ``POST /webhooks``; each event flag subscribes the URL to that event."""

    url: str
    name: str | None = None
    file_received: bool = False
    encoding_started: bool = False
    partial_finished: bool = False
    encoding_finished: bool = False
    encoding_failed: bool = False


class UpdateWebhookRequest(RequestModel):
    """Body of ``PATCH /webhooks/{id}``; fields left ``None`` are not sent and keep their value."""

    url: str | None = None
    name: str | None = None
    file_received: bool | None = None
    encoding_started: bool | None = None
    partial_finished: bool | None = None
    encoding_finished: bool | None = None
    encoding_failed: bool | None = None


class WebhookCheck(ResponseModel):
    """Outcome of ``POST /webhooks/check/{id}``: whether the URL responded to the test call."""

    reachable: bool
    """True when the API reported success, meaning that the URL responded with a 2xx status."""
    message: str | None = None
    """The API's own message: the reason when the URL was not reachable."""


class CheckedWebhook(ResponseModel):
    """A webhook just created or updated, with the reachability check that followed."""

    webhook: Webhook
    check: WebhookCheck

    @property
    def active(self) -> bool:
        """True only when the URL responded to the check, so events can arrive."""
        return self.check.reachable
