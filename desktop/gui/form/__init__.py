"""The survey form, generated from the questionnaire (sections, company picker, autosave, history)."""

from desktop.gui.form.recovery import offer_restore
from desktop.gui.form.survey_form import SurveyFormWindow

__all__ = ["SurveyFormWindow", "offer_restore"]
