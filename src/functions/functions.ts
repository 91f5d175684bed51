/*
 * The functions bundle Excel loads (and the preview, through its CustomFunctions stand-in). Each module below is
 * listed in modules.json; custom-functions-metadata-plugin reads their JSDoc into functions.json and appends the
 * CustomFunctions.associate calls to them.
 */
import "./aging";
import "./ratios";
import "./plans";
import "./ledger";
import "./cash";
import "./trend";
import "./desk";
