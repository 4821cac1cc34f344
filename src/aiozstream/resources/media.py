"""The media area: create, list, get, update, delete, thumbnail, cost, parts, complete.

``MediaResource`` and ``AsyncMediaResource`` are twins: the module-level helpers build each
request and parse each response, and the classes only send.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aiozstream import routes
from aiozstream._constants import DEFAULT_PAGE_SIZE
from aiozstream._core.base import NOT_GIVEN, given
from aiozstream._core.http import (
    AsyncAPIClient,
    AsyncContentFactory,
    SyncAPIClient,
    SyncContentFactory,
)
from aiozstream._core.paging import AsyncPage, SyncPage
from aiozstream.models.media import (
    CreateMediaRequest,
    Media,
    MediaList,
    Metadata,
    QualityConfig,
    TranscodeCost,
)
from aiozstream.resources._resource import Resource


class MediaResource(Resource[SyncAPIClient]):
    """Media (video and audio) with the blocking client."""

    def create(
        self,
        title: str,
        *,
        type: str = "video",
        description: str | None = None,
        is_public: bool | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        qualities: Sequence[QualityConfig] | None = None,
    ) -> Media:
        """Create a media object; its id receives the parts. Never retried on 5xx."""
        body = _create_body(title, type, description, is_public, tags, metadata, qualities)
        return Media.model_validate(self._client.request(routes.MEDIA_CREATE, json=body))

    def list(
        self,
        *,
        search: str | None = None,
        status: Iterable[str] | None = None,
        tags: Iterable[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        type: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> SyncPage[Media]:
        """Return one page of media; iterating the page walks every following page."""
        filters = _list_filters(search, status, tags, metadata, type, sort_by, order_by)

        def fetch(page_offset: int) -> SyncPage[Media]:
            body = {**filters, "offset": page_offset, "limit": limit}
            answer = MediaList.model_validate(self._client.request(routes.MEDIA_LIST, json=body) or {})
            return SyncPage(answer.media, answer.total, page_offset, limit, fetch)

        return fetch(offset)

    def get(self, media_id: str) -> Media:
        """Return one media by id."""
        return Media.model_validate(self._client.request(routes.MEDIA_GET, path_params={"id": media_id}))

    def update(
        self,
        media_id: str,
        *,
        title: Any = NOT_GIVEN,
        description: Any = NOT_GIVEN,
        is_public: Any = NOT_GIVEN,
        tags: Any = NOT_GIVEN,
        metadata: Any = NOT_GIVEN,
        player_id: Any = NOT_GIVEN,
    ) -> Media | None:
        """Change only the fields passed; ``player_id`` assigns a player theme."""
        body = _update_body(title, description, is_public, tags, metadata, player_id)
        answer = self._client.request(routes.MEDIA_UPDATE, path_params={"id": media_id}, json=body)
        return Media.model_validate(answer) if isinstance(answer, dict) and "id" in answer else None

    def delete(self, media_id: str) -> None:
        """Delete a media and its files."""
        self._client.request(routes.MEDIA_DELETE, path_params={"id": media_id})

    def cost(self, *, type: str, duration: float, qualities: Sequence[str]) -> TranscodeCost:
        """Return the transcoding price of ``duration`` seconds at the given presets."""
        params = _cost_params(type, duration, qualities)
        return TranscodeCost.model_validate(self._client.request(routes.MEDIA_COST, params=params))

    def upload_thumbnail(self, media_id: str, path: str | Path) -> None:
        """Upload a JPEG or PNG thumbnail."""
        file_path = Path(path)
        with file_path.open("rb") as handle:
            self._client.request(
                routes.MEDIA_THUMBNAIL_UPLOAD,
                path_params={"id": media_id},
                files={"file": (file_path.name, handle.read())},
            )

    def delete_thumbnail(self, media_id: str) -> None:
        """Remove the custom thumbnail."""
        self._client.request(routes.MEDIA_THUMBNAIL_DELETE, path_params={"id": media_id})

    def upload_part(
        self, media_id: str, *, content_factory: SyncContentFactory, headers: Mapping[str, str]
    ) -> Any:
        """Send one prepared multipart part body; the upload engine builds it."""
        return self._client.request(
            routes.MEDIA_PART, path_params={"id": media_id}, content_factory=content_factory, headers=headers
        )

    def complete(self, media_id: str) -> Any:
        """Tell the API that every part arrived, which starts transcoding."""
        return self._client.request(routes.MEDIA_COMPLETE, path_params={"id": media_id})


class AsyncMediaResource(Resource[AsyncAPIClient]):
    """Media (video and audio) with the asyncio client."""

    async def create(
        self,
        title: str,
        *,
        type: str = "video",
        description: str | None = None,
        is_public: bool | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        qualities: Sequence[QualityConfig] | None = None,
    ) -> Media:
        """Create a media object; its id receives the parts. Never retried on 5xx."""
        body = _create_body(title, type, description, is_public, tags, metadata, qualities)
        return Media.model_validate(await self._client.request(routes.MEDIA_CREATE, json=body))

    async def list(
        self,
        *,
        search: str | None = None,
        status: Iterable[str] | None = None,
        tags: Iterable[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        type: str | None = None,
        sort_by: str | None = None,
        order_by: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPage[Media]:
        """Return one page of media; ``async for`` walks every following page."""
        filters = _list_filters(search, status, tags, metadata, type, sort_by, order_by)

        async def fetch(page_offset: int) -> AsyncPage[Media]:
            body = {**filters, "offset": page_offset, "limit": limit}
            answer = MediaList.model_validate(await self._client.request(routes.MEDIA_LIST, json=body) or {})
            return AsyncPage(answer.media, answer.total, page_offset, limit, fetch)

        return await fetch(offset)

    async def get(self, media_id: str) -> Media:
        """Return one media by id."""
        return Media.model_validate(await self._client.request(routes.MEDIA_GET, path_params={"id": media_id}))

    async def update(
        self,
        media_id: str,
        *,
        title: Any = NOT_GIVEN,
        description: Any = NOT_GIVEN,
        is_public: Any = NOT_GIVEN,
        tags: Any = NOT_GIVEN,
        metadata: Any = NOT_GIVEN,
        player_id: Any = NOT_GIVEN,
    ) -> Media | None:
        """Change only the fields passed; ``player_id`` assigns a player theme."""
        body = _update_body(title, description, is_public, tags, metadata, player_id)
        answer = await self._client.request(routes.MEDIA_UPDATE, path_params={"id": media_id}, json=body)
        return Media.model_validate(answer) if isinstance(answer, dict) and "id" in answer else None

    async def delete(self, media_id: str) -> None:
        """Delete a media and its files."""
        await self._client.request(routes.MEDIA_DELETE, path_params={"id": media_id})

    async def cost(self, *, type: str, duration: float, qualities: Sequence[str]) -> TranscodeCost:
        """Return the transcoding price of ``duration`` seconds at the given presets."""
        params = _cost_params(type, duration, qualities)
        return TranscodeCost.model_validate(await self._client.request(routes.MEDIA_COST, params=params))

    async def upload_thumbnail(self, media_id: str, path: str | Path) -> None:
        """Upload a JPEG or PNG thumbnail."""
        file_path = Path(path)
        await self._client.request(
            routes.MEDIA_THUMBNAIL_UPLOAD,
            path_params={"id": media_id},
            files={"file": (file_path.name, file_path.read_bytes())},
        )

    async def delete_thumbnail(self, media_id: str) -> None:
        """Remove the custom thumbnail."""
        await self._client.request(routes.MEDIA_THUMBNAIL_DELETE, path_params={"id": media_id})

    async def upload_part(
        self, media_id: str, *, content_factory: AsyncContentFactory, headers: Mapping[str, str]
    ) -> Any:
        """Send one prepared multipart part body; the upload engine builds it."""
        return await self._client.request(
            routes.MEDIA_PART, path_params={"id": media_id}, content_factory=content_factory, headers=headers
        )

    async def complete(self, media_id: str) -> Any:
        """Tell the API that every part arrived, which starts transcoding."""
        return await self._client.request(routes.MEDIA_COMPLETE, path_params={"id": media_id})


def _create_body(title, media_type, description, is_public, tags, metadata, qualities) -> dict:
    request = CreateMediaRequest(
        title=title,
        type=media_type,
        description=description,
        is_public=is_public,
        tags=list(tags) if tags is not None else None,
        metadata=_metadata_list(metadata),
        qualities=list(qualities) if qualities else None,
    )
    return request.to_wire()


def _list_filters(search, status, tags, metadata, media_type, sort_by, order_by) -> dict:
    filters: dict[str, Any] = {}
    if search:
        filters["search"] = search
    if status:
        filters["status"] = list(status)
    if tags:
        filters["tags"] = list(tags)
    if metadata:
        filters["metadata"] = [item.model_dump() for item in _metadata_list(metadata) or []]
    if media_type:
        filters["type"] = media_type
    if sort_by:
        filters["sort_by"] = sort_by
    if order_by:
        filters["order_by"] = order_by
    return filters


def _update_body(title, description, is_public, tags, metadata, player_id) -> dict:
    body = given(title=title, description=description, is_public=is_public, tags=tags, player_id=player_id)
    if metadata is not NOT_GIVEN:
        body["metadata"] = [item.model_dump() for item in _metadata_list(metadata) or []]
    return body


def _cost_params(media_type: str, duration: float, qualities: Sequence[str]) -> dict:
    return {"type": media_type, "duration": f"{duration:g}", "qualities": ",".join(qualities)}


def _metadata_list(metadata: Mapping[str, str] | None) -> list[Metadata] | None:
    if metadata is None:
        return None
    return [Metadata(key=str(key), value=str(value)) for key, value in metadata.items()]

