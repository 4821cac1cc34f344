"""Offset pages: one page in hand, further pages fetched only when iterated."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class SyncPage(Generic[T]):
    """One page of a list. Iterating it walks every page, fetching lazily."""

    items: list[T]
    total: int
    offset: int
    limit: int
    _fetch: Callable[[int], SyncPage[T]] = field(repr=False)

    def has_next_page(self) -> bool:
        """Tell whether items exist past this page."""
        return bool(self.items) and self.offset + len(self.items) < self.total

    def next_page(self) -> SyncPage[T]:
        """Fetch the page after this one."""
        return self._fetch(self.offset + len(self.items))

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """Yield this page, then each following page."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


@dataclass
class AsyncPage(Generic[T]):
    """One page of a list. ``async for`` walks every page, fetching lazily."""

    items: list[T]
    total: int
    offset: int
    limit: int
    _fetch: Callable[[int], Awaitable[AsyncPage[T]]] = field(repr=False)

    def has_next_page(self) -> bool:
        """Tell whether items exist past this page."""
        return bool(self.items) and self.offset + len(self.items) < self.total

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one."""
        return await self._fetch(self.offset + len(self.items))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yield this page, then each following page."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
