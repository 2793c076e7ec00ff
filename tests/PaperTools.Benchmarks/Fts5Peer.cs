using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace PaperTools.Benchmarks;

/// <summary>
/// The SQLite FTS5 peer, given every advantage that is fair: an in-memory database with no journal, one
/// transaction, one prepared INSERT with reused parameters, and the porter + diacritic-folding tokenizer so it
/// does the same stemming and folding work as PaperIndex. Same five columns as PaperIndex indexes.
/// </summary>
internal sealed class Fts5Peer : IDisposable
{
    private readonly SqliteConnection connection;

    public Fts5Peer()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;");
        Execute("CREATE VIRTUAL TABLE papers USING fts5(title, abstract, authors, categories, arxiv_id, tokenize = 'porter unicode61 remove_diacritics 2');");
    }

    public void Insert(IReadOnlyList<Paper> papers)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO papers (rowid, title, abstract, authors, categories, arxiv_id) VALUES ($rowid, $title, $abstract, $authors, $categories, $id)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var abstractText = insert.Parameters.Add("$abstract", SqliteType.Text);
        var authors = insert.Parameters.Add("$authors", SqliteType.Text);
        var categories = insert.Parameters.Add("$categories", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < papers.Count; i++)
        {
            var paper = papers[i];
            rowid.Value = i;
            title.Value = (object)paper.Title ?? DBNull.Value;
            abstractText.Value = (object)paper.Abstract ?? DBNull.Value;
            authors.Value = string.Join("; ", paper.Authors);
            categories.Value = string.Join(" ", paper.Categories);
            id.Value = (object)paper.ArxivId ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The ten best rowids by FTS5's bm25, title weighted as PaperIndex weighs it.</summary>
    public List<long> Top10(string match)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT rowid FROM papers WHERE papers MATCH $match ORDER BY bm25(papers, 2.5, 1.0, 0.0, 0.0, 0.0) LIMIT 10";
        query.Parameters.AddWithValue("$match", match);
        var rows = new List<long>();
        using var reader = query.ExecuteReader();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    public long Count(string match)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM papers WHERE papers MATCH $match";
        query.Parameters.AddWithValue("$match", match);
        return (long)query.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
