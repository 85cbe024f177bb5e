# Lists of interview rounds; paths are relative to app/models.
list(APPEND SECONDROUND_MODELS_EXTRA_SOURCES
    rounds/ApplicationRoundsModel.cpp
    rounds/ApplicationRoundsModel.h
    rounds/CompanyPeopleModel.cpp
    rounds/CompanyPeopleModel.h
    rounds/PeopleChoiceModel.cpp
    rounds/PeopleChoiceModel.h
)
