#include "models/notes/NotesFeature.h"

#include "models/FileSession.h"

NotesFeature::NotesFeature(FileSession &session)
    : NotesFeature(session.sharedDatabase())
{}

NotesFeature::NotesFeature(std::shared_ptr<Database> database)
    : m_store(std::move(database))
{}
