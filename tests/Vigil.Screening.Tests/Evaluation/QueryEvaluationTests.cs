using System.Text;
using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Evaluation;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Evaluation;

public sealed class QueryEvaluationTests
{
    [Fact]
    public void Screens_a_labelled_set_and_scores_what_was_screened()
    {
        WatchListIndex index = WatchListIndex.Build(
        [
            SubjectBuilder.For("L-1", "test-list").Name("Quentavio Brammelkamp").BornOn(PartialDate.Of(1971, 3, 4)).Build(),
            SubjectBuilder.For("L-2", "test-list").Name("Zorvandi Pelletrusk").BornOn(PartialDate.OfYear(1985)).Build(),
        ]);
        string queries = """
            {"id":"p1","kind":"exact","name":"Quentavio Brammelkamp","dob":"1971-03-04","expect":"L-1"}
            {"id":"p2","kind":"exact","name":"Zorvandi Pelletrusk","dob":"1985","expect":"L-2"}
            {"id":"p3","kind":"exact","name":"Zorvandi Pelletrusk","dob":"198x","expect":"L-2"}
            """;
        LabelledQuerySet set = LabelledQueryFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(queries)));

        (EvaluationReport report, ScreeningSummary screening) = QueryEvaluation.Run(new BatchScreener(index, 0.0), set, cancellationToken: TestContext.Current.CancellationToken);

        // p3 has a bad date: the engine reports an error line for it, which counts as clear with no hits.
        Assert.Equal((3, 1), (screening.Travelers, screening.Errors));
        KindScore exact = Assert.Single(report.Kinds);
        Assert.Equal((3, 2.0 / 3, 2.0 / 3), (exact.Count, exact.Recall, exact.RecallAtOne));
        Assert.Equal(0, report.MissingResults);
    }
}
