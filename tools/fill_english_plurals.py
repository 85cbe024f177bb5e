#!/usr/bin/env python3
"""Fills the English plural forms of translations/secondround_en.ts from the "(s)" in
each source text, so lupdate's -pluralonly file never needs hand editing."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/secondround_en.ts"
tree = ET.parse(path)
special = {
    "were found": ("was found", "were found"),
}
# Sources whose number is not marked with "(s)": singular and plural spelled out.
explicit = {
    "%1; %n already known at the company.": ("%1; %n already known at the company.",
                                             "%1; %n already known at the company."),
}
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    if source in explicit:
        singular, plural = explicit[source]
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
        continue
    singular = source.replace("(s)", "")
    # Irregular plurals first, then the regular "(s)".
    plural = source.replace("person(s)", "people").replace("(s)", "s")
    for many, (one, _) in special.items():
        singular = singular.replace(many, one)
    singular = singular.replace("%n applications?", "%n application?").replace(
        "Their stage history", "Its stage history").replace("brings them back", "brings it back")
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
tree.write(path, encoding="utf-8", xml_declaration=True)
