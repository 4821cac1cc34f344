"""The public clients: ``Client`` (blocking) and ``AsyncClient`` (asyncio).

Each exposes one attribute per API area (``client.media``, ...) and
``upload()``, the chunked upload of a local file.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from typing import Any

from aiozstream._core.http import AsyncAPIClient, SyncAPIClient
from aiozstream.resources.analytics import AnalyticsResource, AsyncAnalyticsResource
from aiozstream.resources.api_keys import ApiKeysResource, AsyncApiKeysResource
from aiozstream.resources.chapters import AsyncChaptersResource, ChaptersResource
from aiozstream.resources.media import AsyncMediaResource, MediaResource
from aiozstream.resources.payments import AsyncPaymentsResource, PaymentsResource
from aiozstream.resources.players import AsyncPlayersResource, PlayersResource
from aiozstream.resources.playlists import AsyncPlaylistsResource, PlaylistsResource
from aiozstream.resources.transcripts import AsyncTranscriptsResource, TranscriptsResource
from aiozstream.resources.user import AsyncUserResource, UserResource
from aiozstream.resources.webhooks import AsyncWebhooksResource, WebhooksResource
from aiozstream.upload import Uploader, UploadOptions, UploadResult
from aiozstream.upload.engine import EventCallback


class Client(SyncAPIClient):
    """Blocking client of the AIOZ Stream API.

    Keys come from the arguments, else ``AIOZ_PUBLIC_KEY``/``AIOZ_SECRET_KEY``,
    else the pair saved by ``aioz login``. ``base_url`` defaults to
    ``AIOZ_BASE_URL`` or the real API.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.media = MediaResource(self)
        # Areas: one attribute per API area (keep this block sorted; one line each).
        self.analytics = AnalyticsResource(self)
        self.payments = PaymentsResource(self)
        self.players = PlayersResource(self)
        self.api_keys = ApiKeysResource(self)
        self.playlists = PlaylistsResource(self)
        self.user = UserResource(self)
        self.chapters = ChaptersResource(self)
        self.transcripts = TranscriptsResource(self)
        self.webhooks = WebhooksResource(self)

    def upload(
        self,
        path: str | os.PathLike[str],
        options: UploadOptions | None = None,
        *,
        on_event: EventCallback | None = None,
    ) -> UploadResult:
        """Upload a file in parallel chunks and return the media once ``/complete`` succeeded.

        Runs the async engine on its own event loop (in a worker thread when
        the caller already runs one), with an async twin of this client.
        """

        async def run() -> UploadResult:
            async with AsyncClient(
                credentials=self.credentials, base_url=self.base_url, timeout=self.timeout, retry=self.retry
            ) as twin:
                return await twin.upload(path, options, on_event=on_event)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(run())
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, run()).result()


class AsyncClient(AsyncAPIClient):
    """Asyncio client of the AIOZ Stream API; the same areas as :class:`Client`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.media = AsyncMediaResource(self)
        # Async areas: one attribute per API area (keep this block sorted; one line each).
        self.analytics = AsyncAnalyticsResource(self)
        self.payments = AsyncPaymentsResource(self)
        self.players = AsyncPlayersResource(self)
        self.api_keys = AsyncApiKeysResource(self)
        self.playlists = AsyncPlaylistsResource(self)
        self.user = AsyncUserResource(self)
        self.chapters = AsyncChaptersResource(self)
        self.transcripts = AsyncTranscriptsResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    async def upload(
        self,
        path: str | os.PathLike[str],
        options: UploadOptions | None = None,
        *,
        on_event: EventCallback | None = None,
        resume_command: str | None = None,
    ) -> UploadResult:
        """Upload a file in parallel chunks and return the media once ``/complete`` succeeded."""
        uploader = Uploader(self, on_event=on_event, resume_command=resume_command)
        return await uploader.upload(path, options)
