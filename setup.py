"""Build layout: exportrisk's packages, plus the repository's ui/ and resources/ installed under namespaced names."""

from setuptools import find_namespace_packages, find_packages, setup

#: The desktop app lives in ui/ in the repository but installs as `exportrisk_ui`, so site-packages never gets
#: a top-level `ui` (a name other projects use too); its modules import each other relatively, so they work
#: under either name. resources/ travels inside the exportrisk package, where exportrisk.paths.resources_dir()
#: finds it; every folder under it is listed, so a new table folder ships without touching this file.
PACKAGE_DIR = {"exportrisk_ui": "ui", "exportrisk.resources": "resources"}
RESOURCES = ["exportrisk.resources", *(f"exportrisk.resources.{name}" for name in
                                       find_namespace_packages(where="resources", exclude=["*__pycache__*"]))]

setup(
    packages=[*find_packages(include=["exportrisk", "exportrisk.*"]), "exportrisk_ui", *RESOURCES],
    package_dir=PACKAGE_DIR,
    package_data={name: ["*"] for name in RESOURCES},
    exclude_package_data={name: ["*.pyc"] for name in RESOURCES},
)
