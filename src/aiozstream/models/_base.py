"""Base classes: response models tolerate unknown fields, request models reject them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ResponseModel(BaseModel):
    """A model parsed from an API response; unknown fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class RequestModel(BaseModel):
    """A model sent to the API; an unknown field is a bug and is rejected."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_wire(self) -> dict:
        """Return the JSON body, leaving out fields that were not set."""
        return self.model_dump(mode="json", exclude_none=True)
