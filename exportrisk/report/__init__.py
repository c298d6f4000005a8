"""The priced risk summary as a PDF: a report model formatted per locale, then a reportlab renderer."""
