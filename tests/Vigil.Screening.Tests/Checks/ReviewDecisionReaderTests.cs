using System.Text;
using Vigil.Screening.Checks;

namespace Vigil.Screening.Tests.Checks;

public sealed class ReviewDecisionReaderTests
{
    [Theory]
    [InlineData("""{"outcome":"confirm","note":"same document"}""", ReviewOutcome.Confirm, "same document")]
    [InlineData("""{"outcome":"clear"}""", ReviewOutcome.Clear, null)]
    [InlineData("""{"outcome":"escalate","note":null,"extra":1}""", ReviewOutcome.Escalate, null)]
    public void Reads_the_outcome_and_the_optional_note(string body, ReviewOutcome outcome, string? note)
    {
        (ReviewOutcome Outcome, string? Note)? read = ReviewDecisionReader.Read(Encoding.UTF8.GetBytes(body), out IReadOnlyList<RequestProblem> problems);

        Assert.Empty(problems);
        Assert.Equal((outcome, note), read);
    }

    [Theory]
    [InlineData("{}", "VGL-API002", "$.outcome")]
    [InlineData("""{"outcome":"approve"}""", "VGL-API003", "$.outcome")]
    [InlineData("""{"outcome":"Confirm"}""", "VGL-API003", "$.outcome")]
    [InlineData("""{"outcome":3}""", "VGL-API003", "$.outcome")]
    [InlineData("""{"outcome":"clear","note":["x"]}""", "VGL-API003", "$.note")]
    [InlineData("""["clear"]""", "VGL-API003", "$")]
    public void Refuses_a_bad_body_with_the_code_and_path_of_the_value(string body, string code, string path)
    {
        Assert.Null(ReviewDecisionReader.Read(Encoding.UTF8.GetBytes(body), out IReadOnlyList<RequestProblem> problems));

        Assert.Equal((code, path), (problems[0].Code, problems[0].Path));
    }

    [Fact]
    public void Refuses_a_body_that_is_not_json_with_its_line_and_column()
    {
        Assert.Null(ReviewDecisionReader.Read("{\n \"outcome\": clear}"u8, out IReadOnlyList<RequestProblem> problems));

        RequestProblem problem = Assert.Single(problems);
        Assert.Equal(("VGL-API001", 2), (problem.Code, problem.Line));
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void Refuses_a_note_longer_than_is_kept()
    {
        string body = $$"""{"outcome":"clear","note":"{{new string('n', ReviewDecisionReader.MaxNoteLength + 1)}}"}""";

        Assert.Null(ReviewDecisionReader.Read(Encoding.UTF8.GetBytes(body), out IReadOnlyList<RequestProblem> problems));

        Assert.Equal(("VGL-API003", "$.note"), (problems[0].Code, problems[0].Path));
    }
}
