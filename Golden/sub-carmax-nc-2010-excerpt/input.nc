<SUBMISSION>
<ACCESSION-NUMBER>0001193125-10-145855
<TYPE>424B5
<PUBLIC-DOCUMENT-COUNT>5
<FILING-DATE>20100624
<DATE-OF-FILING-DATE-CHANGE>20100624
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>CARMAX AUTO FUNDING LLC
<CIK>0001259380
<ASSIGNED-SIC>6189
<IRS-NUMBER>010794037
<STATE-OF-INCORPORATION>DE
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>424B5
<ACT>33
<FILE-NUMBER>333-149075
<FILM-NUMBER>10914878
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>4900 COX RD.
<CITY>RICHMOND
<STATE>VA
<ZIP>23060
</BUSINESS-ADDRESS>
</FILER>
<SERIAL-COMPANY>
<COMPANY-DATA>
<CONFORMED-NAME>CarMax Auto Owner Trust 2010-2
<CIK>0001495220
<ASSIGNED-SIC>6189
<STATE-OF-INCORPORATION>DE
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>424B5
<ACT>33
<FILE-NUMBER>333-149075-05
<FILM-NUMBER>10914879
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>4900 COX RD.
<CITY>RICHMOND
<STATE>VA
<ZIP>23060
</BUSINESS-ADDRESS>
</SERIAL-COMPANY>
<DOCUMENT>
<TYPE>424B5
<SEQUENCE>1
<FILENAME>d424b5.htm
<DESCRIPTION>RULE 424(B)(5) FILING
<TEXT>
<HTML><HEAD>
<TITLE>Rule 424(b)(5) Filing</TITLE>
</HEAD>
 <BODY BGCOLOR="WHITE">
<h5 align="left"><a href="#toc">Table of Contents</a></h5>

 <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>Filed pursuant to Rule 424(b)(5)<BR>Registration No. 333-149075 </B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px"><FONT STYLE="font-family:ARIAL" SIZE="2" COLOR="#de1a1e"><B>This prospectus supplement relates to an effective registration statement under the Securities Act of 1933 but is not complete and may be
changed. This prospectus supplement and the accompanying prospectus are not an offer to sell these securities and are not soliciting an offer to buy these securities in any state where the offer or sale is not permitted. </B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px"><FONT SIZE="1">&nbsp;</FONT></P> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2" COLOR="#de1a1e"><B>SUBJECT TO COMPLETION </B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2" COLOR="#de1a1e"><B>PRELIMINARY PROSPECTUS SUPPLEMENT, DATED JUNE 23, 2010 </B></FONT></P>
<P STYLE="margin-top:6px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>PROSPECTUS SUPPLEMENT </B></FONT></P> <P STYLE="margin-top:0px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>(To Prospectus
dated June 23, 2010) </B></FONT></P> <P STYLE="margin-top:6px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>$650,000,000 </B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>CarMax Auto Owner Trust 2010-2 </B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="3"><B>Issuing Entity </B></FONT></P> <P STYLE="margin-top:6px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>The
issuing entity expects to issue fixed rate notes only, however, reserves the right to issue floating rate notes. </B></FONT></P> <P STYLE="font-size:6px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<P STYLE="font-size:6px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" ALIGN="center">

<TR>
<TD WIDTH="51%"></TD>
<TD VALIGN="bottom" WIDTH="4%"></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="4%"></TD>
<TD></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="4%"></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="4%"></TD>
<TD WIDTH="18%"></TD></TR>
<TR>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" COLSPAN="2" ALIGN="center" STYLE="border-bottom:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Initial</B></FONT><br><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Principal&nbsp;
Amount</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center" STYLE="border-bottom:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Interest&nbsp;
Rate<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex"></SUP><SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex"></SUP><SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex">(1)</SUP></B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center" STYLE="border-bottom:1px solid #000000"> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Final&nbsp;Scheduled</B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Payment Date</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class A-1 Asset Backed Notes</B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="bottom" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>147,000,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>July 15, 2011</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class A-2 Asset Backed Notes</B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>120,000,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>January 15, 2013</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class A-3 Asset Backed Notes</B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="bottom" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>249,000,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>February 16, 2015</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class A-4 Asset Backed Notes</B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="bottom" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>82,000,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>October 15, 2015</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class B Asset Backed Notes<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex"></SUP></B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="bottom" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>43,875,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>June 15, 2016</B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-left:1.00em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Class C Asset Backed Notes<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex"></SUP></B></FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>$</B></FONT></TD>
<TD VALIGN="bottom" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>8,125,000</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="middle" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>%</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>December 15, 2016</B></FONT></P></TD></TR></TABLE>
<P STYLE="line-height:8px;margin-top:0px;margin-bottom:2px;border-bottom:0.5pt solid #000000;width:10%">&nbsp;</P>
<TABLE STYLE="BORDER-COLLAPSE:COLLAPSE" BORDER="0" CELLPADDING="0" CELLSPACING="0" WIDTH="100%">
<TR>
<TD WIDTH="3%" VALIGN="top" ALIGN="left"><FONT STYLE="font-family:Times New Roman" SIZE="1">(1)</FONT></TD>
<TD ALIGN="left" VALIGN="top"><FONT STYLE="font-family:Times New Roman" SIZE="1">The interest rate for each class of notes will be a fixed rate, a floating rate or combination of a fixed rate and a floating rate if that class has both a fixed rate
tranche and a floating rate tranche. If the interest rate is a floating rate, the rate will be based on LIBOR. If the issuing entity issues any floating rate notes, it will enter into a corresponding interest rate swap transaction with respect to
each class or tranche of floating rate notes with the swap counterparty. </FONT></TD></TR></TABLE> <P STYLE="font-size:6px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" ALIGN="center">

<TR>
<TD WIDTH="50%"></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD WIDTH="48%"></TD></TR>
<TR>
<TD VALIGN="top"> <P STYLE="margin-top:0px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="4"><B>CarMax Business Services, LLC</B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="4"><B>Sponsor and Servicer</B></FONT></P> <P STYLE="font-size:6px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<P STYLE="margin-top:0px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="4"><B>CarMax Auto Funding LLC</B></FONT></P> <P STYLE="margin-top:0px;margin-bottom:1px"><FONT STYLE="font-family:Times New Roman" SIZE="4"><B>Depositor</B>
</FONT></P></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;&nbsp;</FONT></TD>
<TD VALIGN="bottom" ALIGN="center">


<IMG SRC="g50878g58o61.jpg" ALT="LOGO">
</TD></TR></TABLE> <P STYLE="margin-top:4px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>You should carefully read the <A HREF="#stx50878_5">risk factors</A> beginning on page
S-16 of this prospectus supplement and on page 6 of the prospectus. </B></FONT></P> <P STYLE="margin-top:4px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">The notes are asset backed securities. The notes will
be obligations of the issuing entity only and will not be obligations of or interests in CarMax, Inc., CarMax Business Services, LLC, CarMax Auto Funding LLC or any of their affiliates. Neither the notes nor the receivables are insured or guaranteed
by any government agency. </FONT></P> <P STYLE="margin-top:4px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">This prospectus supplement may be used to offer and sell the offered notes only if accompanied by
the prospectus. </FONT></P> <P STYLE="margin-top:4px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">The following classes of notes are offered pursuant to this prospectus supplement. </FONT></P>
<P STYLE="font-size:4px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" ALIGN="center">

<TR>
<TD WIDTH="46%"></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD WIDTH="9%"></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD WIDTH="9%"></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD></TD>
<TD></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD WIDTH="9%"></TD></TR>
<TR>
<TD VALIGN="bottom" STYLE="BORDER:1px solid #000000; padding-left:8px">&nbsp;<FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-TOP:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" COLSPAN="4" ALIGN="center" STYLE="BORDER-TOP:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Price</B></FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-TOP:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" COLSPAN="4" ALIGN="center" STYLE="BORDER-TOP:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Underwriting&nbsp;Discounts</B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>and Commissions</B></FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-TOP:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" COLSPAN="4" ALIGN="center" STYLE="BORDER-TOP:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Net&nbsp;Proceeds</B></FONT></P>
<P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>to&nbsp;the&nbsp;Depositor&nbsp;<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex">(1)</SUP></B></FONT></P></TD></TR>
<TR>
<TD VALIGN="top" NOWRAP STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px">
<P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class&nbsp;A-1&nbsp;Asset&nbsp;Backed&nbsp;Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px">
<P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class&nbsp;A-2 Asset Backed Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px">
<P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class&nbsp;A-3 Asset Backed Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px">
<P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class&nbsp;A-4 Asset Backed Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px"> <P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class B
Asset Backed Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px"> <P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Class C
Asset Backed Notes</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="center" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px">
<P STYLE="margin-left:1.00em; text-indent:-1.00em" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1">(&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%)</FONT></P></TD></TR>
<TR>
<TD VALIGN="top" STYLE="BORDER-LEFT:1px solid #000000; BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-left:8px"> <P STYLE="margin-left:1.50em; text-indent:-1.00em"><FONT STYLE="font-family:Times New Roman" SIZE="1">Total
</FONT></P></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT STYLE="font-family:Times New Roman" SIZE="1">$</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-BOTTOM:1px solid #000000" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom" STYLE="BORDER-BOTTOM:1px solid #000000"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" STYLE="BORDER-RIGHT:1px solid #000000; BORDER-BOTTOM:1px solid #000000; padding-right:8px"><FONT SIZE="1">&nbsp;</FONT></TD></TR></TABLE> <P STYLE="font-size:3px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE STYLE="BORDER-COLLAPSE:COLLAPSE" BORDER="0" CELLPADDING="0" CELLSPACING="0" WIDTH="100%">
<TR>
<TD WIDTH="3%" VALIGN="top" ALIGN="left"><FONT STYLE="font-family:Times New Roman" SIZE="1">(1)</FONT></TD>
<TD ALIGN="left" VALIGN="top"><FONT STYLE="font-family:Times New Roman" SIZE="1">The net proceeds to the depositor exclude expenses, estimated at $720,000. </FONT></TD></TR></TABLE>
<P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">The notes are payable solely from the assets of the issuing entity, which consist primarily of a pool of motor vehicle retail installment
sale contracts. </FONT></P> <P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%;padding-bottom:0px;"><FONT STYLE="font-family:Times New Roman" SIZE="1">The trust will pay interest and principal on the notes monthly on the
15<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex">th</SUP> day of each month or, if the 15<SUP STYLE="vertical-align:baseline; position:relative; bottom:.8ex">th</SUP> day is not a business day, on the next business day,
beginning August 16, 2010. The price of the notes will also include accrued interest, if any, from the date of initial issuance. </FONT></P>
<P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">The trust generally will pay principal sequentially to each class of notes in order of seniority (starting with the class A-1 notes) until
each class is paid in full. </FONT></P> <P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">The credit enhancement for the notes will be subordination, overcollateralization, a reserve
account and excess collections on the receivables. </FONT></P> <P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1"><B>Neither the Securities and Exchange Commission nor any state securities
commission has approved or disapproved of these securities or determined that this prospectus supplement or the prospectus is accurate or complete. Any representation to the contrary is a criminal offense. </B></FONT></P>
<P STYLE="margin-top:2px;margin-bottom:0px; text-indent:5%"><FONT STYLE="font-family:Times New Roman" SIZE="1">Delivery of the notes, in book-entry form only, will be made through The Depository Trust Company against payment in immediately available
funds, on or about July 8, 2010. </FONT></P> <P STYLE="font-size:3px;margin-top:0px;margin-bottom:0px">&nbsp;</P><center> <P STYLE="line-height:6px;margin-top:0px;margin-bottom:2px;border-bottom:1pt solid #000000;width:21%">&nbsp;</P></center>
<P STYLE="margin-top:3px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><I>Joint Bookrunners of the Class&nbsp;A, B and C Notes </I></FONT></P>
<P STYLE="font-size:6px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" ALIGN="center">

<TR>
<TD WIDTH="50%"></TD>
<TD VALIGN="bottom" WIDTH="1%"></TD>
<TD WIDTH="49%"></TD></TR>
<TR>
<TD VALIGN="top"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>J.P. Morgan</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="right"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>BofA Merrill Lynch</B></FONT></P></TD></TR>
<TR>
<TD HEIGHT="5" COLSPAN="3"></TD></TR>
<TR>
<TD VALIGN="top" COLSPAN="3"> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="1"><I>Co-Managers of the Class A, B and C Notes</I></FONT></P>
<P STYLE="font-size:6px;margin-top:0px;margin-bottom:1px" align="left">&nbsp;</P></TD></TR>
<TR>
<TD VALIGN="top"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>Barclays Capital</B></FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="top" ALIGN="right"> <P STYLE="margin-top:0px;margin-bottom:1px" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="5"><B>Wells Fargo Securities</B></FONT></P></TD></TR></TABLE>
<P STYLE="font-size:3px;margin-top:0px;margin-bottom:0px">&nbsp;</P><center> <P STYLE="line-height:6px;margin-top:0px;margin-bottom:2px;border-bottom:1pt solid #000000;width:21%">&nbsp;</P></center>
<P STYLE="margin-top:3px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2">The date of this Prospectus Supplement is June &nbsp;&nbsp;&nbsp;&nbsp;, 2010. </FONT></P>
</BODY></HTML>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>4
<FILENAME>g50878g58o61.jpg
<DESCRIPTION>GRAPHIC
<TEXT>
begin 644 g50878g58o61.jpg
M_]C_X``02D9)1@`!`@$`8`!@``#_[0H>4&AO=&]S:&]P(#,N,``X0DE-`^T`
M`````!``8`````$``0!@`````0`!.$))300-```````$````'CA"24T$&0``
M````!````!XX0DE-`_,```````D```````````$`.$))300*```````!```X
M0DE-)Q````````H``0`````````".$))30/U``````!(`"]F9@`!`&QF9@`&
M```````!`"]F9@`!`*&9F@`&```````!`#(````!`%H````&```````!`#4`
M```!`"T````&```````!.$))30/X``````!P``#_____________________
M________`^@`````_____________________________P/H`````/______
M______________________\#Z`````#_____________________________
M`^@``#A"24T$"```````$`````$```)````"0``````X0DE-!!X```````0`
M````.$))300:``````!M````!@``````````````3@```/`````&`&<`-0`X
M`&\`-@`Q`````0`````````````````````````!``````````````#P````
M3@`````````````````````````````````````````````X0DE-!!$`````
M``$!`#A"24T$%```````!`````(X0DE-!`P`````!X(````!````<````"0`
M``%0```O0```!V8`&``!_]C_X``02D9)1@`!`@$`2`!(``#_[@`.061O8F4`
M9(`````!_]L`A``,"`@("0@,"0D,$0L*"Q$5#PP,#Q48$Q,5$Q,8$0P,#`P,
M#!$,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,`0T+"PT.#1`.#A`4#@X.
M%!0.#@X.%!$,#`P,#!$1#`P,#`P,$0P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,
M#`P,#`S_P``1"``D`'`#`2(``A$!`Q$!_]T`!``'_\0!/P```04!`0$!`0$`
M`````````P`!`@0%!@<("0H+`0`!!0$!`0$!`0`````````!``(#!`4&!P@)
M"@L0``$$`0,"!`(%!P8(!0,,,P$``A$#!"$2,05!46$3(G&!,@84D:&Q0B,D
M%5+!8C,T<H+10P<EDE/PX?%C<S46HK*#)D235&1%PJ-T-A?25>)E\K.$P]-U
MX_-&)Y2DA;25Q-3D]*6UQ=7E]59F=H:6IK;&UN;V-T=79W>'EZ>WQ]?G]Q$`
M`@(!`@0$`P0%!@<'!@4U`0`"$0,A,1($05%A<2(3!3*!D12AL4(CP5+1\#,D
M8N%R@I)#4Q5C<S3Q)086HK*#!R8UPM)$DU2C%V1%539T9>+RLX3#TW7C\T:4
MI(6TE<34Y/2EM<75Y?569G:&EJ:VQM;F]B<W1U=G=X>7I[?'_]H`#`,!``(1
M`Q$`/P#CDO):OU6Z*WKG7<?IUCBR@AUN0YNCO3KC<QCOS76O?77O_,7=]4'^
M+[HW4*NA9_2\:FNS'-QRWU,(:"YU=;'9'NRO6L]*W])N_P"K22^7I+M?JW]7
M?J[G_7'*JPWMZET3'Q_7K8^;&A]I])N-:ZP?I?0VW/KW^_\`FM_Z6OU%I?6/
MZN?5_+^J^?G=%P:L7)Z=;;N=4P,<[[)8^G+J.W\RRNNU[/\`K22'SA)>B_5/
MH?1<CZE?M2_I-/4\ZMN4]K',!LN=6^[T:/4VV.]^QE+/8H_6GZO_`%<J^IK^
MKV=/9T/J/HM?54PAKQ<1N;AN:S:S(W_0_FM_^$_1)*?/$EZSUSZK_4CIN'7E
MY/365UMOI8?L[!N<;+&T,KLU'ZOOLWY#-WZ2O_2?S:76OJS]3<3J/3,S(P`P
MY&0W#KQL=C6T66V!SZGYF,-E;V4^C9_Z,]5)3Y,DO0OKA]6_JO@=:Z5D75.Q
M,',?97E8V&QWZ5[&A^,RJG%;ZE3K7?H[OL[??_P?\ZM/IW1/JQGYAPJ_JR:,
M$4>H,[)H-+C9NV?9]F0UN5O]-WJ^MN24^5)+T?&^JWU2Q/K7=]7\O%;>W*QV
MYO3S:Y^YGNLJR,(6>INMV>A]IHW_`*39Z_\`HE?I_P`7_P!5^G,ZAE]3J9=B
M-L=?2ZQSP*,=K&O=5['-_FK/7_ZUZ22GRE)$RKJ+\FV_'H&)CV/+J<8$D5L_
MP;)=+M^W^=_X5#22_P#_T,3ZJ=8KZ)]8,7/ND8WNIR2`2158-;-K0YWZ*QM5
MGM_,7H?5NG?4GK.?7UWJ'4,>ZBO']$UG(8*2`YUE=KGL>U^^OU;6_3_ZA>3*
M/ILW;MHW?O0)22^I_5SJWU)Z5C=0ZA@748E5SB:\8V@7OKQVN8QS<:^SU]]]
MOVA^/7_A*K*?WT7ZL?6KZGW8F534UG2*GV&RVG-LK9ZKKA-UC-]UF_\`=L7E
M$"9C5(@'D)(?4?J[U7HG1?JQ?TZKJF*V[%?F-Q9OJ+G-]2ZS#L8W>[U/4J=4
MY5>H]<Z3US_%V]G4\[%?U9V$;32^RMMWVFMI>W9C@M?7?98SZ%=?^$7G$#P4
MZ6TNOJ;>[92ZQ@NL'+:RYHML;H[W,KW/^BDI]4^N_6.D970VU8V=C76#+Q'%
ME=S'':V^ISW;6N^BQON<E];.L](R+>A&C.Q[13U:BVW9:QVQC:\D.MLVN]E;
M=WTW+EATC_%:..N9G^:/_>!9>/@?4YW7\G&OZA?7T-E0.-FM:/5?9%.ZMX^S
M.]FYV3_VFK_FDE/H_4.O?5X]?Z18_,QK0!DLKM;:QS:[7MKV.>X/_1^K4R^B
MO=_I/3_/1FY>)A?6#(R\WZP5'&R:0,;IMCZV-JV;!9<VSU/TF]_\C_"+A3T?
M_%?M(;US+DC@MT/Q_4%F?5WIWU+OP'/Z]GW=/S/4(%-#1M+`&[+#^JY/NW^I
M_A$E/HWK_5NSZTNZY=U##<ZK#KQL1QR*CM<;,FS*<UN_Z3J[,>O?_P`;^^A=
M*^NO1>L9'5\#/MHJQ*[#5CF]S6LOQW-]"S6QVVW?=7>__P`+WXZX'KO3OJ1C
M]/=;T+J-^;GAS0VBYH#2TG]*[^BXWT&_\*KF-TO_`!;68U+LOK66S(+&FZL-
MEK7D#U&-_47_`$7_`,M)3@]6PL?`ZIE8>+<W)Q:;(Q[F.#PZIP%E7Z1GM>^M
MC_2L_P"$K55;69@_4^OK&%CX/4;[>D6!QSLIPBRH@.V"H?9J_I^W_M/:M3]E
M?XK_`/R]S?\`-_\`?!)+_]'CDES:227I$ES:22GI$ES:22GI-4ES:22GI-4E
MS:22GI$M5S:22GI$M5S:22G_V3A"24T$(0``````50````$!````#P!!`&0`
M;P!B`&4`(`!0`&@`;P!T`&\`<P!H`&\`<````!,`00!D`&\`8@!E`"``4`!H
M`&\`=`!O`',`:`!O`'``(``V`"X`,`````$`.$))300&```````'``@``0`!
M`0#_[@`.061O8F4`9$`````!_]L`A``!`0$!`0$!`0$!`0$!`0$!`0$!`0$!
M`0$!`0$!`0$!`0$!`0$!`0$!`0$!`@("`@("`@("`@(#`P,#`P,#`P,#`0$!
M`0$!`0$!`0$"`@$"`@,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#`P,#
M`P,#`P,#`P,#`P,#`P,#`P/_P``1"`!.`/`#`1$``A$!`Q$!_]T`!``>_\0`
MFP`!``,!`0$!`0$```````````@)"@<+!@0%`@$!`0$!`0``````````````
M``$"`P00```&`0(#!`8&`PT)`0````$"`P0%!@<`"!$2"1,4%0HAU1:76!DQ
M(M875QHR(QCP05%Q-"4VMG?7.+A90C-#))BHZ#I*:1$!`0`"`@,``04!````
M``````$1`E$2(3%!(O!A,D(30__:``P#`0`"$0,1`#\`S6:P]!H&@:!H&@:!
MH&@:!H&@:!H&@:!H&@:!H&@:!H&@:!H&@:!H&@__T,UFL/0:!H&@:!H&@:!H
M&@:!H&@:!H&@:!H&@:!H&@:!H&@:!H&@:!H/_]'-9K#T.@8JQ3D;.&0ZGB;$
ME/F[]D:\RA(:JU*O->]2DN_%%9TJ"93&30;-&3)LJY=.5SI-FC5%1==1-%,Y
MRAK.VS>52DY6M1\_NWW'.*M8G[<BSC'&$8./ES0(J$!0B,CD>U]K'OY%+G[-
M=!I"';)J$'LG;@A@.&L.=WX2=MWE2MJ#V),C0]R^X:MSG<4DRR-N8XWNT2$D
M"*A5G9H:&J^/WAF*C@2'*W[^"A"%$@KF$P'*PG>\,U'4CZ1FY+IMRL5+7I:)
MR5A>TR:D34<STUH_;0RLJ"*KE*NW*#>]L[I5I<M$%%D6YUW;1TDF<6SM<R2Y
M$IATFTJ+NQG:M.[V-UN&MLT#*JUX^3+(LUF[,E'^*FJ]2@8F1L]PL)(\SAFD
M\<1=:AG2C=%1=$B[GLTA.7GXZ%N):U3?E,\>_&Q<_<?"?WEZN&.]X1PW?>66
M9;>=L>;<ZX]W.V3)MHQ%0IC(:-&D<4QU?;3\-5"IS%K1++,KO-.F[MG5&KUR
MW(1LJ*[A$B7``.)@8)OFR89-M9=&R/&OE8*#?L<T"]+;R[?&*W6DU6VJQJ>%
MH5TG'J6."83!V2;DV1D3."-#/!3`XD()P+QY0X\-:PY][P^U_*9X]^-BY^X^
M$_O+TP=[PY]?O*9R248Z=8NWKL9"93:#W*#OV$7$1&/7P`X,`NK57<DS;J,:
M*#V1.!(9V<GUS\3>@FF#_3F*'J!TO,RN.HO2NG/G:4+A2]VV>E(T;TS@1R!`
M*0;:HV*VPUSJC'QNGEME;LC:`%-N?OC)5$QSD7(DY06;%F/+7;QF+[_RDO\`
M^@'_`&J?^2.KAG_3]D9<4>67RM<-U^;,46O-BT/MQPH]I$4AG8N.4HFR9=L%
MKQU3[_)0-%Q\O=)YI#M:F:TBP?RCN4<H%62(**"YSK(M9A>\Q^Z:6;_*EXS&
MB2KG;GN9R"ADEBT>.XB)S%"UB7J%C=I-S&90KJ6I\96I6J%=N``IGX-Y4$@'
M^2F^G5PDWYBL_IU^7ESSNHEL@SFY:8G-M&.<;7FR8V<-`@V4Y?KU=*=*KPML
M:U1-P^3@6E3@Y%LH@,^)G[1XY(*;-)P0JRR,PMWD]>UANY'RJM888ZF9G:GN
M&NDQDN'8NG\;2<RQU7/!W5=N@JHG`L[9665;]D9%\<"D0<NFKUH*O`JPH)F,
MNE<)-^8R)TK"V5\BY8BL%4F@6:Q9@FK2YI4?CQC'*A95+0Q<.6TE$.&*_8BP
M6B5&2XO#N!229IH**+&333.8N71I^P)Y4_,MG@(N;W&;FJ=B>6>-`=.Z+CND
M.\I2,8HNCS(QTG:I"S4B#0D6:AP[SW)"3:B8AB(KJ%,"P7#%WGR)/R7E.,2*
MQ[9*(WE9%8RI$0*\>R6):S*QZ[CL`**K:,:W&'<M$1<\3]F9VL;D^IS\?KZN
M$_TO"IO?=Y=S=?L^H%FS'C^Y5;<KBFFLG,M;'55A)2GY)K=?8I+N)"T26/7[
MVP,G=?C&R0'='C9F0=-R"94[<&Z2BY9AJ;R^/K_>R#H$77??MTINXO%6Z[$\
M=#6-:4B)VK2U0MRT]2;;`NA:S56G1:+BW%ZU`R3A%0G`CADZ07*`%5*&F$N^
M+C#ZC=UY</<3M4VY95W$%S=CC*3'$E>+;IZF5BMVB,G7=89R#)*RR[%U)F.P
M!*K0BZ\HZ*H)>+-FKR"*G*0S!-Y;C"('3'Z0>8.IK#9:LU)R)4\65C%,G58)
M6;N$/,RS>RSUD:S$@YBHA.&,!TUJ]'QS=9V*O`.600Y>/$W*DRNVW59W->5:
MS;7(:6L,_O#P=#P4#&/YF:EY&I7)I'Q43%M57TC)/W2S@B+9DQ9H'554.(%(
M0HB(\`TPG><,LDTUCF,S+,H>5\=B&<F_:Q4WW%>,\8CF[I5)C*^&NC'<Q_B#
M8A5NP4$5$N?E,(B`ZC;^9H&@:#__TLUFL/0VC^58VL5H:?GS>3/13=]:E;<7
M`F.WKQL0RM>BHB!@;ED&0BCJE,8JMD5M$0T%PGRF(G'KH@8056+K4<][ZC5E
MG'*D5@O"F8,VSK%S*0>'<6Y`RI,QC(X)/)&*Q[4Y>VR+%HH9-8J;EVTB#IIF
M$A@`Y@'@/T:KG/-D9VNF!YA6M;EYO,\'ODF=NVV8*T6!F\4SS2?E*="6*'DG
M<JSF*S+J7RW3QY6SP?8LUBNF1FJ+E%97F:H=F45)*WMIC&$I^HSO8Z:6YC8U
MNBPVIN]VV6F9LN'+H_I$.UR75I"07R358AQ:\;'BVB+T[E>13O$*P%(B0=HJ
M/U`_2X"J:RRSQ5+WE4]MWCN5]Q6ZV7;<66/ZG$88I9U2<R2UBO;Q&T7!\V.`
M_JGL#`5F/;CQ_21FC`'T#J1O>^)&I#?MN\B]FN,L4WJ34:)?>-N?V]82!1X"
M9R)0M]R`P6R"Z034,0JCYABN#GG#?B8H%72*81`"B(:<Y,IHRT5'3L7)0DNS
M1D(F8CWD5*,')>=N^CI!NHT>LUR<0YD7+98Q#!^^4PZ(\E'=]@.1VM[H<\[>
MY(RRQL3Y/M=2C'K@.5:6K3.366J4X<O^QX]5G#-Z`#Z0!<`'TZP]$N9EZK.W
M/_#W@G^QK&']2(/6W"^ZS]=6S>5U2\'=0O;SAW8PQM5LQU<<18WL$UCUEA2M
MWJH6F]RN6<KPLZULM]<4:5M-5CEJG7XWOYVLU')1K)(7G%'F46-+EK6:V7+3
M5JL,N.\NUTV=\R5TZX"!?1CZTTG$#R'O9&14#O8A]*U_/MF@82873#MBO2U^
M:1?IH*#^K;2"2@>A;TSZW/X5J.U6%6%EZIV.JWU/Z;TS5L>S:UCM5+&:<97-
M/(-H>(N#BCR^2(FG>RQX91Q(-)*HQ93>)DD"`F^<IM^[&`#JDF?.&NOX]EI^
MJRJM#JI8Z-U3#=+X,=3WM82E^,#E,9Q`L4-U'%Q<U^QI:J:&!8\=]VA@=>*A
M(C_SW%KW7@`K!,^<-=?Q[96I:K+$]$[LMFO38ZXG49R[GBM7QV\E'+*-QH2@
MU"&M"L58<JQ50R#E6P+^)V.MI1,A)/E.S372*LNJC(.DS'*4ZG:SZZ8MUF%K
MD#YCC9=D!&59XGQ!O!R-96K%91E#5C!S&>,K(*$%*,;O0@KU).6C=X_.FES\
M@C]?T`(\`%EGI7\SHL;V>I!NCR7G^O;Y,8SU,K$+6Z_:L=/IO!5AQ`DQDGLZ
M\CY.KPS^3CHY*>CDF"B:H$=&>R"?9`85Q*8W%,KM-9C%:$UT$7**S9RBDX;N
M$E$%T%TR*HKHJD%-5%9)0#$424(80,40$!`>`ZK#$!T?-VT5L8ZJ>ZC8-/2)
M(O`N5MRF7,44-IVP>$5#+]!R/8:ACMPW4<@FJBRNT)%A7E`(0%'+TT6)^4B!
MA#,]NNTSK+];;IZ"A[1!359L,<VEX"Q1,C!3D2]3[5G*0\NS6CY..=I<0[1L
M]9.#I*%_?(80UIR0CZ<NQFI]/C;H?`M6DB3_`&^3\GWN3LO9"DZG4++;'R5*
M4DB'13.66B,81D%'/`XJ)B\9JF3.9,Q!TB[7-RK$\R!OA3V[;0$]N-0E"(Y1
MW7>)5=^1!4O>X/"\3W8V0Y%4I1.*/M:HZ;0*152`5RT>/S)FYVP\)6M)FY>?
M#K+J:!H&@__3S6:P]#T!?*YV*,E.GG?H-JM_.=8W07]O*-3F1!4A)6@8KE6#
MQ-,BJBO<G*2YTR'.4@F6;JE`!`G,.HY;^UL_4P@Y"Q]/'>]$Q0'._5VL9R=(
M(I)KJKNO"\=6"458MT6Q%%EG3Y%D9%(A2CSJ'`H^@1U69[CS.ML6R;=)O,>7
M&/VRXBF<KNZ`VA7EP1B)>K1'@;:Q*R:$*HX4L\[!I+>(*PSH"`B90P=B83``
M<..7:V3VDS;NC!U.:)5+/>+;M.ML-5:;7IJUV:86M^+UT8JOUV-<R\S)*HL[
MTX=K),8YFHJ8J29U#`3@4IC<`%BIVUY;F^AQMN_9IZ:^`(:0C3QMNRQ&/,]W
M8BJ?8N%97*7=I.M][;F336;/8_&S6"9+)J<5"*M3`;E_0+9Z<]KG:HX]>'8G
MO%W[U+;EC_;"PJ:]=Q_;+K?KVO9[RUJ"A+,,9!0M`6BTUFZJKE:/8O)PQU2F
M**0KD`/2(\%76R9RO0H"EP5H=)5R$W8M+\I4:VI>&D6LFYC&MP/#,C65O'.$
M2)HN&*,T*Y43D*4ITP`0``'5888O-(;;BT#=IBG<E#QRJ,/N$QP,!9WI$0,B
MMD3$)F$(JX<N$R@"*KW'\S!((IJ?6.$<J8AC`4Q4\UUTOC#;-MS_`,/>"?[&
ML8?U(@]:<[[K^;E#<_M[PI><;8URYE^C8YO&87J\;C*OV^:0A7-SD6[Z,C#L
M(9=YV;)9Z>2F6C=-(RI#K+N$R$`QC`&ABUU^P1`S\)*P@2LQ">*L7#'Q>OO"
MQ\W'`Y3,F+N*?&1<`S?(@;BFKR&$AN`AZ0#1&'FC[1Y[9OYDC`U`E[]=\I1=
MZL,WE^H9`R7,'L.0;'6[IBO*+4Y[A/'*F:;FX>R04C'*/.1+O1695>S3Y^S+
MGZZVYTK<]K3DQM9C_P#:RQ7_`!4C_*=*:GUT_I6R75<V-G_ZZ/W?Z9>I]=/^
M?ZY;)M5S96\==+G%N];K'=0O/VXN#]K\-X2R1C"M5W'CA==O"9`R5)X:H<TO
M[5'9KHNW=9I4/W1=6.YB)23F10*L8[5%PV<3'EOMC62>U]^X#..W+IU[:+)E
MFV5^.QUAC&;>,:M*?BVGPT>=P_F9%I"P=;IU2BO`H4)&3?N4TTR&.U;)$`RB
MRJ229SEOIF2VHW=-GJL8:ZFYLU!B/'F3:$3")L=^.FR.E5432Y<DC>_"!B2U
MFQ6``,Q"@N>\@L*?#MD^03_6Y9G*W6ZK1M5EYL;;:5=]ZW7-W$8.I<A+5Y)U
MOLW*6^[W:%<.&4E0<>T[.]NF;3;8Z1;%%2/G&K=(C:(4XD*:9=-$Q.3GYRY^
MNV<:R_L])E-,J2::11.)4R%3**BBBR@E(4"@*BRQCJJG$`])C&$QA](B(ZTX
MORL)&/E4#N8Q^RD6R3V1CE7#!T@\03D(>0=1$NP.JW.HF1[%2K%9JY2$>=!P
MB=,X%.0Q0#%MYIK:';6MXP]O<AG\Q-TJ8@8_`MXBW"B[MG19Z(<V&T4F1CBB
M=0&,)<6LC)I+D`B2"$BR(83'5D`*65TTOQD*UET-`T#0?__4S6:P]"__`*`/
M4HJ.QW<#:\7YMGDJ[M_W#MX9C+VI\;A%8YR173O"U&W2ZW*H9E6)5E)NXR45
M*4"I&59NESE;LU!"QG>9GCV]#--2O7"O@HDI#6FK6:)'E43.QFZ_8(*7:"4>
M!BBZCI6)DV*XA_Q$5DC_`+Y1UIQ1PVO[)-K.R]E>X_;'B"$Q0UR7/-;)=BQ<
MK:)I6;DV!'J<8GWFU3L\ZCH>()).091S0Z$<R[PKV""?:'YBVV^T2.H]N:H+
MT:;TZ*?9FDQN(WN3###+^JP+Y!Q-XWP7;R\F;\GV<B!C'@2L<0A,>"IJBDZ>
MOCD6;D41;.#IR\+K/[?(M48,&44Q91<:T;L(Z-:-F$>Q:)$0:LF3-$C=JT;(
M)@5-%NW03*0A"@!2E``#T:K+.QN[\QO@+:=N1RQMS>8%R5D60Q+84*M+6^NV
M>JQT/(S2</&/IIHT9R!%'B)H.5>K1ZO./$RS4Y@``$`"9;FELSE:CT]]\]$Z
MAFW=GN$H%7FZ3'GN-HI$K5+$^82,M"S5949JG3<O(T"LU2OHJ4:.T^4.)4W!
M0'T@.JS9BX09\POMM-G_`*;F1['$QA7]NV[3T%G2$,F00=%@X#O4#D0@+E,4
M2L6E!L+^263-S$4-&IB(<Y"&+*NEQ5L6W/\`P]X)_L:QA_4B#U4ONLD/FL)A
M[7<N;#K!&G*G(P4%F"8CU#<_*1[&6;%KUJ<W9G34Y2KH%$>4Q3?P"`^G4K>G
MULKKT['6B`@[+#KE<Q%BAXR=BW)3I'*XCI9DB_8KE.@HLB<JK9P4P"0YBCQ]
M`B'IU7-GGWYTM)CUY>DAD0$B`O::-F&EJ+@5+M%$J%`9"G$4CF!L582(GR0H
M)0,L<H"H;E(01,92?8W/X;-&&JPQM9C_`/:RQ7_%2/\`*=*:GUT_I6R75<V-
MG_ZZ/W?Z9>I]=/\`G^N6R;5<U+NQG<%0$.I)U4]K\E*LHS)+G-&-\T5>+>.T
MTG-LK#K`6+:C90AFY^!G*U1=P#)1V4HB?LI-,X%$J:ABSZU9^,JP/>+M)Q5O
M?V_77;EF/QYO3;D:(=^,55\TC;179NORK2:A)V`>R$?*L$GS)ZS`IBKMET5D
M%%$CD$IQU4EQ<Q'CIV=.';CTSZW<L;8?M5GM-QRX^1N5JG,B35<7N4_#TD"P
M\6WBXB`B(!!&J4]6W"!CE;K&(]F#"JOP702)/2VV^:LFU65-O2_V-?<5FCJ#
M[K[O#]VR3N?WD[EO9'OB'(^@L'U_/%\]G^Q[0H*MOO!GB*RRG*(INH]"+4#T
MAJ-6YQ$MNHMN\B=C>SS,NXAX+)Q8:S7PAL;PSTZ?)8,G6I8L%2(T6QSD4>LF
MLN[*_?II<5"Q;-RH`<$Q$*DF;AGI\L9OVF[PEF/9?E>TNYNQMI&>SWB:5GI%
M1U*2J-FF`7S%70<.S\SAP2T2B-A23**BZZLG*KG'E3XA(WO/K39NOVW4/=WM
MWRQMSR0W*I5\H55W""^!(%G5>G4%$I.J6V-()TP-*5&SL6DDV*8>0ZS8I#@9
M,QBC6)<65Y0^:,1W;`>6LC85R/&&B+SB^XSU)LS+ZXHA)P,@LQ5=,5CD3[W%
MR!$BN&C@H<CAJJFJ3B4X#K#O[<RT#0-!_]7-9K#T&@F+M_Z@N]?:U&E@L";E
M\K8]K*9E#H4YG8U9JCM5EC&.NY9TBS)S=29NUSFXJ+),B*J"`<QAX!PJ62^X
M[M;>L[U1;K#.8&8WG989L79#IJKU(:Q09DA5"&3,+:QT6NURPLC@4WU3(NDS
M%-P$!`0`=,U.NO"!E5S)EZBY##+M)RKDBG98!S+/0R?5;S9Z]D,'D^T=L)UV
M%UB91I9`<S3%^NB[4[SSN4EE"*"8IS`,:2!^8OU!_CMWD_\`4]FW[<:J8G"*
M-ELMCN=BG;?<+!-VNV6B8DK#9K1995_.V*Q3\P\6D)><G9N47=24O,2K]PHN
MY<N%5%EUCF.<QC"(C%=AQ5NLW18)@'U4PAN2SYANKR<PM89*MXJS%D/'D!(3
M[EDPC7$X^AZC8HB.=S"\=%MFYW*B9EC(MDB"82ID`"8E]Q]S.;^]]EGA)BM6
M7>KNUL-<L,7(0<_`3FX[,4M"3D)+-%F$K#S$4_N3AC)Q<FQ<*(.&ZZ9T5D3F
M(<HE$0&F)P^89;Q=W,:S:1T=NGW',(]@V09,&#+.&36K-DS:I$0:M&C5"SIH
M-FS9!,I$TR%*0A"@```!H8G#G&0\Q9=RZM%N<L93R/D]Q!I.T(1?(=XLUU6A
MT7YT%'R,6K9)23/'I/#M4A5*B)`4%,HFX\H<(N)/4='9;Q=W,:S:1T=NGW',
M(]@V09,&#+.&36K-DS:I$0:M&C5"SIH-FS9!,I$TR%*0A"@```!JIB</R$W9
M[HPNU(R2ON*S;(W[&KB8=X\N$UD^Y3M@I#FPL4XR>7JLG,S#YS`JS4>B1%T+
M8R8N$TR%/S`4O`8G#O/S4^I'\;^Y?WL6OUAIFG77AP%_NJW(RN;&6Y&2SADM
M]GR-[MW#+[FV2JN06?<X,]::]WLQW`R27=Z^H9F3@?ZK<1)^CZ-#$QC'AW[Y
MJ?4C^-_<O[V+7ZPTS3KKPX#^U3N1^_3]IW[[\E_M#?C/[62OWC?T/^[[^E/>
M/%/Z#_S5_O/Y#^I_0]&AB8QCP[]\U/J1_&_N7][%K]8:9IUUX1>F,^9NGLNJ
M9^ELLY"=9O5EF4\;+06R:;Y#+-1S!O%L95*VM7B,TC(-(UHF@14BQ3E2(!0'
MAZ-1<?%F$!U]NK!7:R%8:[J'$@DBW;-6,U/XHPI8;,Q104$Y^,[,8Z>/99PZ
M*(D47D1>+\OI(<A@`P7-9ZZ\(;'Z@F]XV6Y[/!-U&<&V7K+7C5"8OC*_SK";
M6J)I)K,EJC4S)TW:Q=81E623A*/:I(LTEB\Q$RB(\2XF,8\/NOFI]2/XW]R_
MO8M?K#3-.NO!\U/J1_&_N7][%K]8:9IUUX<:S7O,W8;D*]%U+/>XC+V7JO"3
M)+%$UZ_WF=LD-'SR;%Y&)3+:.D7:S5.31CI%P@1;E[0B2ZA2B`',`B23U')<
M8Y3R1A6\0F2\27BSXXR!6S/C0%RILP]@;%$#)QKR'D>X2D>JBZ;E?14@NW5`
MIN"B*IR&XE,(:BI?_-3ZD?QO[E_>Q:_6&KFIUUX1#RCE?)6;;Q,9+R[=[)D;
M(%A+'EG;E;I1S-6*8"*C6D/&^(RCPZCIX9C%,$&Z0G,82(HD('U2@`1?3G^@
M:!H/_];-9K#T&@:!H&@:!H&@:!H&@:"]?H(;'=N>^W<=F/'>Y.I2EPJM/PFI
M=(%C%6RR5%9K8"WNHP8.E'M9DHQVY2\.EER=DH<R?$P&X<P`(6,;VR3#5?\`
MEU.E-^!]R]]>6?M9JXC'?;D_+J=*;\#[E[Z\L_:S3$.^W+-YY@WIT[4M@?[(
M_P"S'1YFF?>Q]_?MOXO=K9<?$O83[EO9KN_M1+2GAW<_;*0Y^P[/MNU+S\W(
M3A*WI;<Y3^Z.'1PV#[O]@^+\[YWQ?9+/DJSV3)L=,3$=DW(%::.&E:R!8("(
M(2(@+`PC$#(1C!(AC$2**@EYC<3"(ZLB;;66R5:+^74Z4WX'W+WUY9^UFF(S
MWVY/RZG2F_`^Y>^O+/VLTQ#OMRP[;Z\"XSP=U%,U[>\<P[N(Q;2\VL*77X1U
M+R<L\:U]=2$*JU5FI)TYE72H@]4_6J*F4#C]/H#4^NLOXY;B?RZG2F_`^Y>^
MO+/VLU<1R[[<GY=3I3?@?<O?7EG[6:8AWVY1NWD]!GIHX?VA;JLMT/#MLC+Q
MBW;=G+(M,DG.7LG2;>/M=(QC:+-77R\:_L[AC((M)>,14,@NF=%4I1*<HE$0
M%B+-MLSRRZ=%/:CA/>;OD@<(Y_KDA:<=OL;Y#L;F)C;%.5=T>6K\>T<1:X2M
M>?1\D0B*JIA$@*`0_'@8!U(WM;)F-CGY=3I3?@?<O?7EG[6:N(Y]]N3\NITI
MOP/N7OKRS]K-,0[[<J*>O?TM=F6Q+;CAS(FVS'L]3[5;\VI4N=?2N0+K;D75
M?-1+=."U396::DVC97Q*)0/VJ9"J<"B7CRB("L:TVMOETCH;])+8YO;V72F9
M-Q&-K#;+\US9>:6C*1>1KU56Q:_"0%*?QS48RN3L='F51<S3@15%/M#@<`$1
M`H<$AMM9<2KCORZG2F_`^Y>^O+/VLTQ&>^W)^74Z4WX'W+WUY9^UFF(=]N7_
MU\UFL/0:!H&@:!H&@:!H&@:!H.S83W%9VVW3\M:<!Y;ON(+'.PXU^9F\?V21
MK,E)P@O6LB,4]=QJR"J[$7[)%;LS")>T3*/T@&B62^TEOFI]2/XW]R_O8M?K
M#5S3KKP?-3ZD?QO[E_>Q:_6&F:==>'`<Y;J=R.YKV7_:$S?DO,OL3XW[(_>)
M;)6T>SGM)X1X_P"#^)N%^X^,>`,N\<G#M>ZI<W'D#0DD]1]OBC?IO1P528[&
MV&]T&;,94&'<2+N+I]+O\_`U]@YEWR\G)KM8Q@[2;(JOY!RHLJ(%`3J'$P^D
M="R7W'1_FI]2/XW]R_O8M?K#3-.NO!\U/J1_&_N7][%K]8:9IUUX0ZN>2L@9
M%ODOE&]W&PVW(L_,$L$W=9^3<R5DE9M,413E7TJY.=TX?$%N3@H8PF#D#^#4
M5,7YJ?4C^-_<O[V+7ZPU<U.NO!\U/J1_&_N7][%K]8:9IUUX?/VSJ4[_`*]U
M:RTBY;P]PEGJ%RK\S5;76YK)ME?PUAK=ACG,1.P<LQ7?'0>QDM%O%6ZZ1P$B
MB2ABB`@.F3K.$<L19JRW@*Y(9#PID:WXMO+:/?Q3>V4><>UZ>1C91,J4BQ3D
M8]5%P5L]3(!5"`;@<`#CJ+9GVE;\U/J1_&_N7][%K]8:N:G77@^:GU(_C?W+
M^]BU^L-,TZZ\.,YLWD[K=R,!%57/FX3+67ZW!3`6"&A,@729LT9&38,G4<$J
MR:23E=)!\#!\LCVA0`W9J&#Z!'0DD]1^_#F]_=_MZJ2E"P;N2S'B>EK3#RP*
MU>B7J<KD(I-R*#-L^E3Q\<Z1;F?.V\>@113AS&*D4!^@-"R7W'5_FI]2/XW]
MR_O8M?K#3-.NO!\U/J1_&_N7][%K]8:9IUUX?__0S6:P]!H&@:!H&@:!H&@:
<!H&@:!H&@:!H&@:!H&@:!H&@:!H&@:!H&@__V3\_
`
end
</TEXT>
</DOCUMENT>
</SUBMISSION>
