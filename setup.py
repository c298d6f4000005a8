"""Build layout: exportrisk's packages and ui, plus the repository's resources/ installed inside exportrisk."""

from setuptools import find_namespace_packages, find_packages, setup

#: resources/ travels inside the exportrisk package, where exportrisk.paths.resources_dir() finds it. Every
#: folder under it is listed, so a new table folder ships without touching this file.
PACKAGE_DIR = {"exportrisk.resources": "resources"}
RESOURCES = ["exportrisk.resources", *(f"exportrisk.resources.{name}" for name in
                                       find_namespace_packages(where="resources", exclude=["*__pycache__*"]))]

setup(
    packages=[*find_packages(include=["exportrisk", "exportrisk.*", "ui"]), *RESOURCES],
    package_dir=PACKAGE_DIR,
    package_data={name: ["*"] for name in RESOURCES},
    exclude_package_data={name: ["*.pyc"] for name in RESOURCES},
)
