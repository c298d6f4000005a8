"""Every message code and parameter has its words in every report language, with the same placeholders."""

from __future__ import annotations

import re

import pytest

from exportrisk.messages import TEMPLATES
from exportrisk.parameters import load_parameters
from exportrisk.report.i18n import LANGUAGES, catalog

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_code_has_a_text_with_the_same_arguments(lang: str) -> None:
    words = catalog(lang)
    missing = [code for code in TEMPLATES if f"msg_{code}" not in words]
    assert missing == []
    for code, template in TEMPLATES.items():
        assert set(PLACEHOLDER.findall(words[f"msg_{code}"])) == set(PLACEHOLDER.findall(template)), (lang, code)
    assert [k for k in words if k.startswith("msg_") and k[4:] not in TEMPLATES] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_parameter_and_section_has_a_label(lang: str) -> None:
    words = catalog(lang)
    params = load_parameters()
    missing = [f"param_{s}_{k}" for s, values in params.values.items() for k in values if f"param_{s}_{k}" not in words]
    missing += [f"{kind}_{s}" for s in params.values for kind in ("section", "source") if f"{kind}_{s}" not in words]
    assert missing == []
