#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "sim/csv_writer.h"
#include "sim/json_writer.h"

namespace negsim {
namespace {

TEST(JsonWriter, WritesNestedContainersWithEscapesAndRoundTripNumbers) {
  std::ostringstream out;
  JsonWriter json(out, /*pretty=*/false);
  json.BeginObject().Key("name").String("a \"b\"\n").Key("x").Number(0.1).Key("list").BeginArray();
  json.Int(1).Bool(true).Null().Number(std::nan("")).EndArray().Key("empty").BeginObject();
  json.EndObject().EndObject();
  EXPECT_EQ(out.str(),
            R"({"name":"a \"b\"\n","x":0.1,"list":[1,true,null,null],"empty":{}})");
}

TEST(JsonWriter, PrettyOutputIndentsAndEndsWithANewline) {
  std::ostringstream out;
  JsonWriter(out).BeginObject().Key("a").Int(1).Key("b").BeginArray().Int(2).EndArray().EndObject();
  EXPECT_EQ(out.str(), "{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}\n");
}

TEST(FormatDouble, IsShortestRoundTrip) {
  EXPECT_EQ(FormatDouble(0.1), "0.1");
  EXPECT_EQ(FormatDouble(600000), "600000");
  EXPECT_EQ(std::stod(FormatDouble(1.0 / 3)), 1.0 / 3);
}

TEST(CsvWriter, QuotesOnlyFieldsThatNeedIt) {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.Field("plain").Field("a,b").Field("say \"hi\"").Field(0.25).Field(7LL).EndRow();
  csv.Field(std::nan("")).Field("x").EndRow();
  EXPECT_EQ(out.str(), "plain,\"a,b\",\"say \"\"hi\"\"\",0.25,7\n,x\n");
}

}  // namespace
}  // namespace negsim
