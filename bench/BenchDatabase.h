#pragma once

#include <QString>

class Database;

// What a benchmark prints of the database it ran on: its size in MB, an SQLite file's with its
// write-ahead log, a server database's as the server counts it (pg_database_size).
double databaseMb(const Database &db);
